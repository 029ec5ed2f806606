import { formatPath } from '../model/json.ts';
import { valuesPath, detailOf } from './key-completions.ts';
import { referenceLink } from './reference-link.ts';
import { keyAt } from './schema-tree.ts';
import { keyPathAt } from './yaml-context.ts';

/** What a hover over a key says: its path, what the chart knows of it, and where its reference entry is. */
export interface KeyHover {
  /** `singleuser.storage.capacity`, `singleuser.profileList[0].display_name` */
  path: string;
  /** the key's type and default (undefined for a key chart 4.4.0 does not accept) */
  detail?: string;
  /** false for a key the chart refuses (the schema's marker says so too) */
  known: boolean;
  /** the reference entry of the key, or of its nearest ancestor with one */
  link: { url: string; title: string };
  /** the key's place on its line (1-based columns, end exclusive) */
  fromColumn: number;
  toColumn: number;
}

/** The hover for the key at a 1-based line and column of a config.yaml text, or undefined off a key or outside the chart's values. */
export function keyHoverAt(text: string, line: number, column: number, wrapperPath: readonly string[] = []): KeyHover | undefined {
  const at = keyPathAt(text, line, column);
  if (!at) return undefined;
  const path = valuesPath(at.path, wrapperPath);
  if (!path || path.length === 0) return undefined;
  const info = keyAt(path);
  const link = referenceLink(path);
  return {
    path: formatPath(path),
    ...(info ? { detail: detailOf(info) } : {}),
    known: info !== undefined,
    link: { url: link.url, title: link.path.length ? `${link.path.join('.')} in the chart's configuration reference` : "the chart's configuration reference" },
    fromColumn: at.fromColumn,
    toColumn: at.toColumn,
  };
}
