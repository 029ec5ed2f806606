import { readUndoRecord, type SavedUndo } from '../saved/undo-history.ts';
import { UNDO_FORMAT } from '../saved/undo-record.ts';
import { rememberingReadsBack, restoreSavedState } from './restore-saved.ts';

/**
 * The undo history saved beside the work, so that Undo and Redo still reach the earlier steps after
 * a reload: `{ format, rev, savedAt, texts, past, future }` (core/saved/undo-record.ts writes it).
 * Each step restored in full, like the saved work; an imported file the steps share is read once.
 */
export function restoreUndo(raw: string | null | undefined, rev: string | undefined): SavedUndo {
  const readsBack = rememberingReadsBack();
  return readUndoRecord(raw, rev, (state) => restoreSavedState(state, readsBack));
}

export { UNDO_FORMAT, type SavedUndo };
