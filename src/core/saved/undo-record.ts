import type { ImportedConfig, WizardState } from '../model/state.ts';

/** The format of the undo history saved beside the work (read back by restore/restore-undo.ts). */
export const UNDO_FORMAT = 1;

/**
 * How much undo history is kept across a reload: the nearest steps, as many as fit. The page keeps
 * more while it is open (ui/state/history.ts); these bound what storage holds.
 */
export const UNDO_LIMITS = {
  maxPast: 50,
  maxFuture: 20,
  maxChars: 1_000_000,
} as const;

export interface UndoLimits {
  maxPast: number;
  maxFuture: number;
  maxChars: number;
}

export interface UndoSteps {
  /** oldest first */
  past: readonly WizardState[];
  /** nearest first */
  future: readonly WizardState[];
}

/**
 * Each state's JSON without its imported file, by state: states never change, so each is
 * serialised once however often the history is saved (only the new steps cost anything).
 */
export type StateTextCache = WeakMap<WizardState, string>;

/**
 * The undo history as storage keeps it (read back by restore/restore-undo.ts), for the work saved
 * with revision `rev`: the steps nearest the present first, while they fit in the limits.
 */
export function undoRecordText(steps: UndoSteps, rev: string, savedAt: string, cache: StateTextCache = new WeakMap(), limits: UndoLimits = UNDO_LIMITS): string {
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  let chars = 0;
  const entry = (state: WizardState): string | undefined => {
    const body = stateText(state, cache);
    const imported = state.imported;
    let cost = body.length + 40;
    let index = -1;
    if (imported) {
      const known = textIndex.get(imported.text);
      index = known ?? texts.length;
      if (known === undefined) cost += JSON.stringify(imported.text).length;
    }
    if (chars + cost > limits.maxChars) return undefined;
    chars += cost;
    if (imported && index === texts.length) {
      texts.push(imported.text);
      textIndex.set(imported.text, index);
    }
    return imported ? `{"state":${body},"imported":${importedRef(imported, index)}}` : `{"state":${body}}`;
  };
  const past: string[] = [];
  for (let i = steps.past.length - 1; i >= 0 && past.length < limits.maxPast; i--) {
    const e = entry(steps.past[i]!);
    if (e === undefined) break;
    past.push(e);
  }
  past.reverse();
  const future: string[] = [];
  for (let i = 0; i < steps.future.length && future.length < limits.maxFuture; i++) {
    const e = entry(steps.future[i]!);
    if (e === undefined) break;
    future.push(e);
  }
  const head = JSON.stringify({ format: UNDO_FORMAT, rev, savedAt, texts });
  return `${head.slice(0, -1)},"past":[${past.join(',')}],"future":[${future.join(',')}]}`;
}

function stateText(state: WizardState, cache: StateTextCache): string {
  let text = cache.get(state);
  if (text === undefined) {
    const { imported: _, ...rest } = state;
    text = JSON.stringify(rest);
    cache.set(state, text);
  }
  return text;
}

function importedRef(imported: ImportedConfig, index: number): string {
  const older = imported.olderChart ? `,"olderChart":${JSON.stringify(imported.olderChart)}` : '';
  return `{"text":${index},"wrapperPath":${JSON.stringify(imported.wrapperPath)}${older}}`;
}
