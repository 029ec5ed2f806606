import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Path } from '../../core/model/json.ts';
import { getIn } from '../../core/model/paths.ts';
import { initialState, type Update, type WizardState } from '../../core/model/state.ts';
import { deadlineTimer } from './deadline-timer.ts';
import { historyReducer, startHistory, type History, type HistoryAction, type Steps } from './history.ts';

export interface Wizard {
  state: WizardState;
  /** apply a core update; `key` groups keystrokes in one field into one undo step */
  apply(update: Update, key?: string): void;
  undo(): void;
  redo(): void;
  reset(state: WizardState): void;
  /** replaces the whole history: `present` with the undo and redo steps around it */
  load(present: WizardState, steps: Steps): void;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The work and its undo history, outside React, so that a component can subscribe to just the part
 * of the setup it shows (`useWizardSlice`): typing in one section re-renders that section and the
 * previews, not the whole form.
 */
interface WizardStore {
  history(): History;
  dispatch(action: HistoryAction): void;
  subscribe(listener: () => void): () => void;
  /** made once with the store: every component gets the same functions, with nothing allocated per render */
  actions: Actions;
}

function createWizardStore(initial: WizardState, steps?: Steps): WizardStore {
  let current = startHistory(initial, steps);
  const listeners = new Set<() => void>();
  const dispatch = (action: HistoryAction) => {
    const next = historyReducer(current, action);
    if (next === current) return;
    current = next;
    for (const listener of listeners) listener();
  };
  return {
    history: () => current,
    dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    actions: {
      apply: (update, key) => dispatch({ type: 'apply', update, key, at: performance.now() }),
      undo: () => dispatch({ type: 'undo' }),
      redo: () => dispatch({ type: 'redo' }),
      reset: (state) => dispatch({ type: 'reset', state }),
      load: (present, steps) => dispatch({ type: 'load', present, past: steps.past, future: steps.future }),
    },
  };
}

const StoreContext = createContext<WizardStore | null>(null);

/** `steps`: undo and redo steps around `initial` (the history saved with the work, after a reload). */
export function WizardProvider({ initial, steps, children }: { initial?: WizardState; steps?: Steps | undefined; children: ReactNode }) {
  const [store] = useState(() => createWizardStore(initial ?? initialState(), steps));
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

function useStore(): WizardStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useWizard outside WizardProvider');
  return store;
}

type Actions = Omit<Wizard, 'state' | 'canUndo' | 'canRedo'>;

/** The whole setup and every action; re-renders on every change. */
export function useWizard(): Wizard {
  const store = useStore();
  const h = useSyncExternalStore(store.subscribe, store.history);
  const actions = store.actions;
  return useMemo(
    () => ({ ...actions, state: h.present, canUndo: h.past.length > 0, canRedo: h.future.length > 0 }),
    [actions, h],
  );
}

/** What a section shows: top-level value keys and the wizard's own settings it reads. */
export interface Slice {
  values: readonly string[];
  meta?: readonly ('release' | 'namespace' | 'kubeVersion' | 'certManager')[];
  /**
   * Facts the component derives from parts it does not list (e.g. the HTTPS mode from the ingress
   * annotations): it also re-renders when one of these changes (compared one by one).
   */
  derive?: (state: WizardState) => readonly unknown[];
  /** a comparison of its own, besides `values`, `meta` and `derive` (allocates nothing per check) */
  same?: (a: WizardState, b: WizardState) => boolean;
}

/**
 * A slice of exactly the values at `paths` (plus facts `more` derives): for a part of a section
 * that shows a few fields, so typing in one field re-renders that part and not its neighbours.
 */
export function pathsSlice(paths: readonly Path[], more?: (state: WizardState) => readonly unknown[]): Slice {
  return {
    values: [],
    derive: more,
    same: (a, b) => {
      for (let i = 0; i < paths.length; i++) if (getIn(a.values, paths[i]!) !== getIn(b.values, paths[i]!)) return false;
      return true;
    },
  };
}

/**
 * The setup for a component that reads only `slice`: it re-renders when one of those parts
 * changes, not on every edit elsewhere. The state it gets may be an earlier one, equal in every
 * part the slice names, so the component must read nothing else (updates are functional, so
 * writing is always against the latest state).
 */
export function useWizardSlice(slice: Slice): Pick<Wizard, 'state' | 'apply'> {
  const store = useStore();
  const last = useRef<WizardState | null>(null);
  const getSnapshot = () => {
    const present = store.history().present;
    const prev = last.current;
    if (prev && sameSlice(prev, present, slice)) return prev;
    last.current = present;
    return present;
  };
  const state = useSyncExternalStore(store.subscribe, getSnapshot);
  const { apply } = store.actions;
  return { state, apply };
}

function sameSlice(a: WizardState, b: WizardState, slice: Slice): boolean {
  if (a === b) return true;
  // index loops: this runs for every subscribed component on every keystroke
  const { values, meta } = slice;
  for (let i = 0; i < values.length; i++) if (a.values[values[i]!] !== b.values[values[i]!]) return false;
  if (meta) for (let i = 0; i < meta.length; i++) if (a[meta[i]!] !== b[meta[i]!]) return false;
  if (slice.same && !slice.same(a, b)) return false;
  if (slice.derive) {
    const x = slice.derive(a);
    const y = slice.derive(b);
    if (x.length !== y.length || x.some((v, i) => !Object.is(v, y[i]))) return false;
  }
  return true;
}

/** The actions alone, for a component that changes the setup but shows none of it (no re-render on edits). */
export function useWizardActions(): Actions {
  return useStore().actions;
}

/**
 * Runs `run(state)` once the setup has held still for `delayMs` after an edit (a debounce on one
 * timer, see deadline-timer.ts), without re-rendering the caller on each edit: for what follows
 * the work (autosave, the address bar, validation) rather than shows it. Nothing runs until the
 * setup first changes, nor after unmount.
 */
export function useWizardSettled(delayMs: number, run: (state: WizardState) => void): void {
  const store = useStore();
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    let last = store.history().present;
    const timer = deadlineTimer(delayMs, () => latest.current(store.history().present));
    const unsubscribe = store.subscribe(() => {
      const now = store.history().present;
      if (now === last) return;
      last = now;
      timer.touch();
    });
    return () => {
      unsubscribe();
      timer.cancel();
    };
  }, [store, delayMs]);
}

/** Reads the current setup when called (in an event handler), without re-rendering on each edit. */
export function useStateGetter(): () => WizardState {
  const store = useStore();
  return useCallback(() => store.history().present, [store]);
}

/** Reads the undo steps around the present when called (to save them), without re-rendering on edits. */
export function useStepsGetter(): () => Steps {
  const store = useStore();
  return useCallback(() => store.history(), [store]);
}

/** Undo and redo with whether each can act now; re-renders only when that changes. */
export function useUndoRedo(): Pick<Wizard, 'undo' | 'redo' | 'canUndo' | 'canRedo'> {
  const store = useStore();
  const flags = useSyncExternalStore(store.subscribe, () => {
    const h = store.history();
    return (h.past.length > 0 ? 1 : 0) | (h.future.length > 0 ? 2 : 0);
  });
  const { undo, redo } = store.actions;
  return { undo, redo, canUndo: (flags & 1) !== 0, canRedo: (flags & 2) !== 0 };
}
