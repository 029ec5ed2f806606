import { useEffect, useRef } from 'react';
import { localStore, readStored, writeStored } from './browser-storage.ts';
import { useStateGetter, useWizardSettled } from './wizard-context.tsx';
import type { WizardState } from '../../core/model/state.ts';
import { restore, savedWorkText, WORK_FORMAT, type SavedWork } from '../../core/restore/index.ts';

/**
 * The admin's work saved in this browser (localStorage), so that a reload or a closed tab loses
 * nothing. Stored as `{ format, savedAt, state }`; whatever comes back goes through the core's
 * `restore`, the one way in for untrusted input.
 */
export const WORK_STORAGE_KEY = 'z2jh-wizard:work';
export { WORK_FORMAT };
export const AUTOSAVE_DELAY_MS = 300;

export type { SavedWork };

/** Checks what storage held (the core's restore of saved work): never throws, whatever the text. */
export const readSavedWork: (raw: string | null | undefined) => SavedWork = (raw) => restore({ kind: 'saved', raw });

/** The saved work, or none when storage is empty, unusable or not available (private mode …). */
export function loadSavedWork(storage: Storage | undefined = localStore()): SavedWork {
  return readSavedWork(readStored(WORK_STORAGE_KEY, storage));
}

/** Saves the work; false when the browser refused (storage full or disabled). */
export function saveWork(state: WizardState, storage: Storage | undefined = localStore()): boolean {
  return writeStored(WORK_STORAGE_KEY, savedWorkText(state, new Date().toISOString()), storage);
}

/**
 * Saves the work a moment after it changes, and at once when the page is hidden or closed. The
 * state the page opened with is not saved again: a setup opened from a link replaces the saved
 * work only once the admin changes it. `onFailure` runs when the browser refuses to store the work.
 * It follows the store without re-rendering on each edit.
 */
export function useAutosave(onFailure?: () => void): void {
  const current = useStateGetter();
  const saved = useRef<WizardState | null>(null);
  saved.current ??= current();
  const failure = useRef(onFailure);
  failure.current = onFailure;
  const flush = useRef(() => {
    const now = current();
    if (now === saved.current) return;
    saved.current = now;
    if (!saveWork(now)) failure.current?.();
  }).current;

  // one pagehide listener for the page's life
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [flush]);
  useWizardSettled(AUTOSAVE_DELAY_MS, flush);
}
