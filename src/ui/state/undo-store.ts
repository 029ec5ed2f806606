import type { SavedUndo } from '../../core/saved/undo-history.ts';
import { loadedEngine } from '../engine/load-engine.ts';
import { undoRecordText, type StateTextCache, type UndoSteps } from '../../core/saved/undo-record.ts';
import { localStore, readStored, writeStored } from './browser-storage.ts';

/** The undo history saved beside the work (core/restore/restore-undo.ts has the format). */
export const UNDO_STORAGE_KEY = 'z2jh-wizard:undo';

/** The undo steps stored for the saved work of revision `rev` (none for any other). */
export function loadUndo(rev: string | undefined, storage: Storage | undefined = localStore()): SavedUndo {
  // the engine is loaded before the page opens whenever an undo history is stored (main.tsx)
  const engine = loadedEngine();
  return engine ? engine.restore({ kind: 'undo', raw: readStored(UNDO_STORAGE_KEY, storage), rev }) : { past: [], future: [] };
}

/** Stores the steps for revision `rev`; when refused, clears what is stored (it would be stale). */
export function saveUndo(steps: UndoSteps, rev: string, savedAt: string, cache: StateTextCache, storage: Storage | undefined = localStore()): boolean {
  if (steps.past.length === 0 && steps.future.length === 0) return writeStored(UNDO_STORAGE_KEY, null, storage);
  if (writeStored(UNDO_STORAGE_KEY, undoRecordText(steps, rev, savedAt, cache), storage)) return true;
  writeStored(UNDO_STORAGE_KEY, null, storage);
  return false;
}

/** Frees the room the undo history takes (the work matters more). */
export function clearUndo(storage: Storage | undefined = localStore()): void {
  writeStored(UNDO_STORAGE_KEY, null, storage);
}
