import { addSnapshot, removeSnapshot, type Snapshot } from '../../core/saved/snapshots.ts';
// read lightly: a kept setup is restored in full when the admin opens it (restore-stored.ts)
import { readSnapshotList, snapshotsText } from '../../core/saved/snapshot-list.ts';
import { localStore, readStored, writeStored } from './browser-storage.ts';

/** The earlier setups kept in this browser (core/saved/snapshots.ts says what is kept and how much). */
export const SNAPSHOTS_STORAGE_KEY = 'z2jh-wizard:earlier';

const listeners = new Set<() => void>();

/** Runs `listener` when this page changes the list (another tab's changes come as `storage` events). */
export function subscribeSnapshots(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** The list as stored, newest first; what does not read back is left out (never thrown). */
export function loadSnapshots(storage: Storage | undefined = localStore()): Snapshot[] {
  return readSnapshotList(readStored(SNAPSHOTS_STORAGE_KEY, storage)).snapshots;
}

/**
 * Keeps `entry` in the list. When storage is short of room, older entries go first, one at a
 * time; false when even the entry alone cannot be stored (then nothing it replaced may be written
 * over: the caller must not let the work go).
 */
export function keepSnapshot(entry: Snapshot, storage: Storage | undefined = localStore()): boolean {
  let list = addSnapshot(loadSnapshots(storage), entry);
  for (;;) {
    if (writeStored(SNAPSHOTS_STORAGE_KEY, snapshotsText(list), storage)) {
      changed();
      return true;
    }
    if (list.length <= 1) return false;
    list = list.slice(0, -1);
  }
}

/** Removes the entry `id` (a tab's held changes, once they are the saved work). */
export function dropSnapshot(id: string, storage: Storage | undefined = localStore()): void {
  const list = loadSnapshots(storage);
  const rest = removeSnapshot(list, id);
  if (rest.length === list.length) return;
  writeStored(SNAPSHOTS_STORAGE_KEY, rest.length ? snapshotsText(rest) : null, storage);
  changed();
}
