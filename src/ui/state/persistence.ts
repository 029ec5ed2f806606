import { localStore, readStored, writeStored } from './browser-storage.ts';
import type { WizardState } from '../../core/model/state.ts';
import { readSavedWork as readLightly, savedWorkText, WORK_FORMAT, type SavedWork } from '../../core/saved/saved-state.ts';
import { loadedEngine } from '../engine/load-engine.ts';

/**
 * The admin's work saved in this browser (localStorage), so that a reload or a closed tab loses
 * nothing. Stored as `{ format, rev, savedAt, state }`; whatever comes back goes through the core's
 * `restore`, the one way in for untrusted input. Beside it: the undo history (undo-store.ts) and
 * the earlier setups (snapshot-store.ts); work-keeper.ts decides when a tab may write.
 */
export const WORK_STORAGE_KEY = 'z2jh-wizard:work';
export { WORK_FORMAT };
export const AUTOSAVE_DELAY_MS = 300;

export type { SavedWork };

/**
 * Checks what storage held: the core's full restore of saved work, with the engine (main.tsx loads
 * it before the page opens whenever work is stored), else the light check. Never throws.
 */
export function readSavedWork(raw: string | null | undefined): SavedWork {
  const engine = loadedEngine();
  return engine ? engine.restore({ kind: 'saved', raw }) : readLightly(raw);
}

/** The saved work's text as stored (null: none, or storage unusable). */
export function loadSavedText(storage: Storage | undefined = localStore()): string | null {
  return readStored(WORK_STORAGE_KEY, storage);
}

/** The saved work, or none when storage is empty, unusable or not available (private mode …). */
export function loadSavedWork(storage: Storage | undefined = localStore()): SavedWork {
  return readSavedWork(loadSavedText(storage));
}

/** Saves the work as it is, over whatever is stored; false when the browser refused (storage full or disabled). */
export function saveWork(state: WizardState, storage: Storage | undefined = localStore(), rev?: string): boolean {
  return writeStored(WORK_STORAGE_KEY, savedWorkText(state, new Date().toISOString(), rev), storage);
}
