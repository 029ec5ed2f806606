import { createContext, useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { initialState, type WizardState } from '../../core/model/state.ts';
import { isBlankSetup, type SnapshotReason } from '../../core/saved/snapshots.ts';
import { localStore, sessionStore } from './browser-storage.ts';
import { AUTOSAVE_DELAY_MS, WORK_STORAGE_KEY } from './persistence.ts';
import { randomId } from './random-id.ts';
import { useStateGetter, useStepsGetter, useWizardSettled } from './wizard-context.tsx';
import { WorkKeeper, type KeeperStart, type OtherTabWork, type SaveOutcome } from './work-keeper.ts';

export interface WorkKeeping {
  keeper: WorkKeeper;
  /** whether this browser lets the page store anything (else the work lives in the page and the address bar only) */
  storageWorks: boolean;
  /** keeps the current work among the earlier setups before something replaces it (nothing for a blank setup) */
  setAsideCurrent(reason: SnapshotReason): boolean;
  /** saves the current work now, reporting a refusal as the autosave does */
  saveNow(chosen?: boolean): SaveOutcome;
}

const KeepingContext = createContext<WorkKeeping | null>(null);

const browserDeps = { local: localStore, session: sessionStore, now: () => new Date().toISOString(), newId: randomId };

/**
 * Keeps the work in this browser: saves it a moment after it changes and at once when the page is
 * hidden or closed, through this tab's guard (work-keeper.ts), which never writes over another
 * tab's unseen work. Listens for other tabs' saves (`storage` events). `onFailure` runs when the
 * browser refuses to store the work. Follows the store without re-rendering on each edit.
 */
export function WorkKeepingProvider({ start, saveAtOnce, onFailure, children }: { start: KeeperStart; saveAtOnce: boolean; onFailure(): void; children: ReactNode }) {
  const current = useStateGetter();
  const steps = useStepsGetter();
  const [keeper] = useState(() => new WorkKeeper(start, browserDeps));
  const failure = useRef(onFailure);
  failure.current = onFailure;
  const save = useRef((chosen = false) => {
    const outcome = chosen ? keeper.saveChosen(current(), steps()) : keeper.save(current(), steps());
    if (outcome === 'failed') failure.current();
    return outcome;
  }).current;
  const flush = useCallback(() => void save(), [save]);

  useEffect(() => {
    if (saveAtOnce) save();
    // one pagehide listener for the page's life
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [flush, save, saveAtOnce]);
  useWizardSettled(AUTOSAVE_DELAY_MS, flush);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== localStore()) return;
      if (event.key === WORK_STORAGE_KEY) keeper.slotChanged(event.newValue, current());
      else if (event.key === null) keeper.slotChanged(null, current());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [keeper, current]);

  const [value] = useState<WorkKeeping>(() => ({
    keeper,
    storageWorks: localStore() !== undefined,
    setAsideCurrent: (reason) => {
      const state = current();
      return isBlankSetup(state, initialState()) || keeper.setAside(state, reason);
    },
    saveNow: (chosen) => save(chosen),
  }));
  return <KeepingContext.Provider value={value}>{children}</KeepingContext.Provider>;
}

export function useWorkKeeping(): WorkKeeping {
  const keeping = useContext(KeepingContext);
  if (!keeping) throw new Error('useWorkKeeping outside WorkKeepingProvider');
  return keeping;
}

/** Another tab's work saved over this tab's, while the admin has not chosen; re-renders when that changes. */
export function useOtherTabWork(): OtherTabWork | undefined {
  const { keeper } = useWorkKeeping();
  return useSyncExternalStore(
    (listener) => keeper.subscribe(listener),
    () => keeper.otherTab(),
  );
}

/** Whether `state` holds nothing worth keeping. */
export function isBlank(state: WizardState): boolean {
  return isBlankSetup(state, initialState());
}
