import { readSnapshotList, type RestoredSnapshots } from '../saved/snapshot-list.ts';
import { rememberingReadsBack, restoreSavedState } from './restore-saved.ts';

export { snapshotsText, SNAPSHOTS_FORMAT, type RestoredSnapshots } from '../saved/snapshot-list.ts';

/**
 * The earlier setups stored in this browser, each restored in full like the saved work (its values
 * through the same restore as a link, its imported file read once for all entries). Never throws.
 */
export function restoreSnapshots(raw: string | null | undefined): RestoredSnapshots {
  const readsBack = rememberingReadsBack();
  return readSnapshotList(raw, (state) => restoreSavedState(state, readsBack));
}
