import type { Json } from '../model/json.ts';
import { keysUnder, type KeyInfo } from './schema-tree.ts';
import { keyContextAt } from './yaml-context.ts';

/** One key offered at the cursor. */
export interface KeyCompletion {
  /** the key */
  label: string;
  /** its type and default, in one line: `string · default "10Gi"` */
  detail: string;
  /** its path from the chart's values: `singleuser.storage.capacity` */
  path: string;
  shape: KeyInfo['shape'];
  /** the values the schema lists for it (offered after the colon by the adapter, if it wants) */
  choices?: Json[];
}

export interface KeyCompletions {
  /** 1-based column the typed part of the key starts at: a chosen key replaces from there */
  fromColumn: number;
  items: KeyCompletion[];
}

/**
 * The keys chart 4.4.0 accepts at a position of a config.yaml text, at any depth (the text's
 * values under `wrapperPath`, a parent chart's key), less those already written in that mapping.
 * Empty where no key goes or the mapping is one whose keys are free (labels, `custom` …).
 */
export function keyCompletionsAt(text: string, line: number, column: number, wrapperPath: readonly string[] = []): KeyCompletions {
  const context = keyContextAt(text, line, column);
  if (!context) return { fromColumn: column, items: [] };
  const path = valuesPath(context.path, wrapperPath);
  if (!path) return { fromColumn: column, items: [] };
  const items = keysUnder(path)
    .filter((k) => !context.siblings.has(k.key))
    .map((k): KeyCompletion => ({
      label: k.key,
      detail: detailOf(k),
      path: k.path.join('.'),
      shape: k.shape,
      ...(k.choices ? { choices: k.choices } : {}),
    }));
  return { fromColumn: context.fromColumn, items };
}

/** A path from the text's top as a path into the chart's values, or undefined outside them. */
export function valuesPath(path: readonly (string | number)[], wrapperPath: readonly string[]): (string | number)[] | undefined {
  if (path.length < wrapperPath.length) return undefined;
  for (let i = 0; i < wrapperPath.length; i++) if (path[i] !== wrapperPath[i]) return undefined;
  return path.slice(wrapperPath.length);
}

/** `string · default "10Gi"`: the type, and the chart's default unless it is a mapping, empty or unset. */
export function detailOf(k: Pick<KeyInfo, 'type' | 'defaultValue'>): string {
  const d = k.defaultValue;
  const shown = d === undefined || d === null || d === '' || (typeof d === 'object' && !Array.isArray(d)) || (Array.isArray(d) && d.length === 0) ? undefined : JSON.stringify(d);
  if (shown === undefined) return k.type;
  return `${k.type} · default ${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}`;
}
