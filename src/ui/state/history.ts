import type { Update, WizardState } from '../../core/model/state.ts';

/** The present state with what undo and redo can reach. */
export interface History {
  past: WizardState[];
  present: WizardState;
  future: WizardState[];
  /** edits with the same key in quick succession (typing in one field) form one undo step */
  lastKey: string | undefined;
  lastAt: number;
}

export const HISTORY_LIMIT = 200;
const COALESCE_MS = 800;

export type HistoryAction =
  | { type: 'apply'; update: Update; key?: string | undefined; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; state: WizardState }
  /** the whole history at once: the steps saved with the work, taken up after a reload */
  | { type: 'load'; present: WizardState; past: readonly WizardState[]; future: readonly WizardState[] };

/** Undo steps around a present: what undo (the last of `past`) and redo (the first of `future`) reach. */
export interface Steps {
  past: readonly WizardState[];
  future: readonly WizardState[];
}

export function startHistory(state: WizardState, steps?: Steps): History {
  return { past: steps ? steps.past.slice(-HISTORY_LIMIT) : [], present: state, future: steps ? steps.future.slice(0, HISTORY_LIMIT) : [], lastKey: undefined, lastAt: 0 };
}

export function historyReducer(h: History, action: HistoryAction): History {
  switch (action.type) {
    case 'apply': {
      const next = action.update(h.present);
      if (next === h.present) return h;
      const coalesce = action.key !== undefined && action.key === h.lastKey && action.at - h.lastAt < COALESCE_MS;
      const past = coalesce ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT);
      return { past, present: next, future: [], lastKey: action.key, lastAt: action.at };
    }
    case 'undo': {
      const prev = h.past[h.past.length - 1];
      if (!prev) return h;
      return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future], lastKey: undefined, lastAt: 0 };
    }
    case 'redo': {
      const [next, ...rest] = h.future;
      if (!next) return h;
      return { past: [...h.past, h.present], present: next, future: rest, lastKey: undefined, lastAt: 0 };
    }
    case 'reset':
      return startHistory(action.state);
    case 'load':
      return startHistory(action.present, action);
  }
}
