import { createContext, useCallback, useContext, useMemo, useReducer, type ReactNode } from 'react';
import { initialState, type Update, type WizardState } from '../../core/model/state.ts';
import { historyReducer, startHistory, type History } from './history.ts';

export interface Wizard {
  state: WizardState;
  /** apply a core update; `key` groups keystrokes in one field into one undo step */
  apply(update: Update, key?: string): void;
  undo(): void;
  redo(): void;
  reset(state: WizardState): void;
  canUndo: boolean;
  canRedo: boolean;
}

const WizardContext = createContext<Wizard | null>(null);

export function WizardProvider({ initial, children }: { initial?: WizardState; children: ReactNode }) {
  const [history, dispatch] = useReducer(historyReducer, initial ?? initialState(), startHistory);
  const apply = useCallback(
    (update: Update, key?: string) => dispatch({ type: 'apply', update, key, at: performance.now() }),
    [],
  );
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  const reset = useCallback((state: WizardState) => dispatch({ type: 'reset', state }), []);
  const value = useMemo(() => wizardOf(history, apply, undo, redo, reset), [history, apply, undo, redo, reset]);
  return <WizardContext.Provider value={value}>{children}</WizardContext.Provider>;
}

function wizardOf(
  h: History,
  apply: Wizard['apply'],
  undo: () => void,
  redo: () => void,
  reset: (s: WizardState) => void,
): Wizard {
  return { state: h.present, apply, undo, redo, reset, canUndo: h.past.length > 0, canRedo: h.future.length > 0 };
}

export function useWizard(): Wizard {
  const wizard = useContext(WizardContext);
  if (!wizard) throw new Error('useWizard outside WizardProvider');
  return wizard;
}
