import { SNAPSHOT_LIMITS, SNAPSHOT_REASONS, type Snapshot, type SnapshotReason } from './snapshots.ts';
import { isObject } from '../values/shape.ts';
import { checkSavedState, type SavedStateReader } from './saved-state.ts';

/** The format of the earlier setups kept in a browser: `{ format, snapshots: [{ id, savedAt, reason, state }] }`, newest first. */
export const SNAPSHOTS_FORMAT = 1;

export function snapshotsText(list: readonly Snapshot[]): string {
  return JSON.stringify({ format: SNAPSHOTS_FORMAT, snapshots: list });
}

export interface RestoredSnapshots {
  snapshots: Snapshot[];
  /** entries stored but not readable, left out */
  leftOut: number;
}

const ID_PATTERN = /^[\w:-]{1,80}$/;

/**
 * The earlier setups stored in this browser, read back: each entry checked by `readState` (lightly,
 * or restored in full as the saved work is: restore/restore-snapshots.ts); an entry that does not read is left out and
 * counted, the others kept. Never throws.
 */
export function readSnapshotList(raw: string | null | undefined, readState: SavedStateReader = checkSavedState): RestoredSnapshots {
  if (!raw) return { snapshots: [], leftOut: 0 };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { snapshots: [], leftOut: 1 };
  }
  if (!isObject(data) || data.format !== SNAPSHOTS_FORMAT || !Array.isArray(data.snapshots)) return { snapshots: [], leftOut: 1 };
  const snapshots: Snapshot[] = [];
  const ids = new Set<string>();
  let leftOut = 0;
  for (const entry of data.snapshots.slice(0, SNAPSHOT_LIMITS.maxCount * 2)) {
    const snapshot = readEntry(entry, readState);
    if (!snapshot || ids.has(snapshot.id)) leftOut++;
    else {
      ids.add(snapshot.id);
      snapshots.push(snapshot);
    }
  }
  return { snapshots, leftOut: leftOut + Math.max(0, data.snapshots.length - SNAPSHOT_LIMITS.maxCount * 2) };
}

function readEntry(entry: unknown, readState: SavedStateReader): Snapshot | undefined {
  if (!isObject(entry)) return undefined;
  const { id, savedAt, reason } = entry;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return undefined;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return undefined;
  if (typeof reason !== 'string' || !(SNAPSHOT_REASONS as readonly string[]).includes(reason)) return undefined;
  const restored = readState(entry.state);
  if (!restored.ok) return undefined;
  return { id, savedAt, reason: reason as SnapshotReason, state: restored.state };
}
