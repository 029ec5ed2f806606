import type { WizardState } from '../model/state.ts';
import { isObject } from '../values/shape.ts';
import { checkSavedState, type SavedStateReader } from './saved-state.ts';
import { UNDO_FORMAT } from './undo-record.ts';

export interface SavedUndo {
  /** oldest first: Undo takes the last */
  past: WizardState[];
  /** nearest first: Redo takes the first */
  future: WizardState[];
}

const NONE: SavedUndo = { past: [], future: [] };

/** Steps beyond these are not read, whatever was stored (the writer keeps fewer). */
const MAX_STEPS = 500;

/**
 * The undo history stored for the work of revision `rev`, read back (each step by `readState`): an unreadable step is left
 * out (with what lies beyond it, so Undo never jumps over a gap); a history of another revision,
 * format or shape gives none. Never throws.
 */
export function readUndoRecord(raw: string | null | undefined, rev: string | undefined, readState: SavedStateReader = checkSavedState): SavedUndo {
  if (!raw || rev === undefined) return NONE;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return NONE;
  }
  if (!isObject(data) || data.format !== UNDO_FORMAT || data.rev !== rev) return NONE;
  const texts = Array.isArray(data.texts) ? data.texts : [];
  const steps = (list: unknown, nearestLast: boolean): WizardState[] => {
    if (!Array.isArray(list)) return [];
    const ordered = (nearestLast ? [...list].reverse() : list).slice(0, MAX_STEPS);
    const out: WizardState[] = [];
    for (const entry of ordered) {
      const state = stepState(entry, texts);
      const restored = state === undefined ? undefined : readState(state);
      if (!restored?.ok) break;
      out.push(restored.state);
    }
    return nearestLast ? out.reverse() : out;
  };
  return { past: steps(data.past, true), future: steps(data.future, false) };
}

/** A stored step as a saved state: its imported file's text looked up in `texts`. */
function stepState(entry: unknown, texts: unknown[]): unknown {
  if (!isObject(entry) || !isObject(entry.state)) return undefined;
  const imported = entry.imported;
  if (imported === undefined || imported === null) return entry.state;
  if (!isObject(imported) || typeof imported.text !== 'number') return undefined;
  const text = texts[imported.text];
  if (typeof text !== 'string') return undefined;
  return { ...entry.state, imported: { text, wrapperPath: imported.wrapperPath, ...(imported.olderChart !== undefined ? { olderChart: imported.olderChart } : {}) } };
}
