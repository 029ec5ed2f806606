import { readStored } from './browser-storage.ts';
import { WORK_STORAGE_KEY } from './persistence.ts';
import { SNAPSHOTS_STORAGE_KEY } from './snapshot-store.ts';
import { UNDO_STORAGE_KEY } from './undo-store.ts';

/** Whether this browser holds work the page opens with (the work, its undo history, earlier setups). */
export function hasStoredWork(): boolean {
  return [WORK_STORAGE_KEY, UNDO_STORAGE_KEY, SNAPSHOTS_STORAGE_KEY].some((key) => readStored(key) !== null);
}
