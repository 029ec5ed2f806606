import { useEffect, useRef } from 'react';
import { useStateGetter, useWizardSettled } from './wizard-context.tsx';
import { isObject } from '../../core/model/json.ts';
import { defaultCertManager, type CertManagerSettings, type ImportedConfig, type WizardState } from '../../core/model/state.ts';

/**
 * The admin's work saved in this browser (localStorage), so that a reload or a closed tab loses
 * nothing. Stored as `{ format, savedAt, state }`; whatever comes back is checked by
 * `readSavedWork`, the one way in.
 */
export const WORK_STORAGE_KEY = 'z2jh-wizard:work';
export const WORK_FORMAT = 1;
export const AUTOSAVE_DELAY_MS = 300;

export type SavedWork =
  | { kind: 'none' }
  | { kind: 'ok'; state: WizardState; savedAt?: string }
  /** something is stored but cannot be used; `reason` is for the admin */
  | { kind: 'unusable'; reason: string };

/** Checks what storage held: never throws, whatever the text. */
export function readSavedWork(raw: string | null | undefined): SavedWork {
  if (raw === null || raw === undefined || raw === '') return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'unusable', reason: 'it is not readable data' };
  }
  if (!isObject(data)) return { kind: 'unusable', reason: 'it is not a saved setup' };
  if (typeof data.format !== 'number') return { kind: 'unusable', reason: 'it has no format version' };
  if (data.format > WORK_FORMAT) return { kind: 'unusable', reason: 'it was saved by a newer version of the wizard' };
  if (data.format !== WORK_FORMAT) return { kind: 'unusable', reason: `its format (v${data.format}) is no longer read` };
  const problem = problemWithState(data.state);
  if (problem) return { kind: 'unusable', reason: problem };
  const state = data.state as unknown as WizardState;
  return typeof data.savedAt === 'string' ? { kind: 'ok', state, savedAt: data.savedAt } : { kind: 'ok', state };
}

function problemWithState(state: unknown): string | undefined {
  if (!isObject(state)) return 'the setup is missing';
  if (typeof state.release !== 'string') return 'the release name is not text';
  if (typeof state.namespace !== 'string') return 'the namespace is not text';
  if (!isObject(state.values)) return 'the Helm values are not a mapping';
  const cm = state.certManager;
  if (!isObject(cm)) return 'the cert-manager settings are missing';
  for (const key of Object.keys(defaultCertManager) as (keyof CertManagerSettings)[]) {
    if (typeof cm[key] !== 'string') return `the cert-manager setting ${key} is not text`;
  }
  if (cm.acmeServer !== 'production' && cm.acmeServer !== 'staging') return 'the ACME server is neither production nor staging';
  if ('imported' in state && state.imported !== undefined) {
    const imported = state.imported as unknown as Partial<ImportedConfig> | null;
    if (!isObject(imported) || typeof imported.text !== 'string') return 'the imported file is not text';
    if (!Array.isArray(imported.wrapperPath) || !imported.wrapperPath.every((k) => typeof k === 'string')) {
      return 'the imported file has no valid wrapper path';
    }
  }
  return undefined;
}

/** The saved work, or none when storage is empty, unusable or not available (private mode …). */
export function loadSavedWork(storage: Storage | undefined = safeLocalStorage()): SavedWork {
  if (!storage) return { kind: 'none' };
  try {
    return readSavedWork(storage.getItem(WORK_STORAGE_KEY));
  } catch {
    return { kind: 'none' };
  }
}

/** Saves the work; false when the browser refused (storage full or disabled). */
export function saveWork(state: WizardState, storage: Storage | undefined = safeLocalStorage()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(WORK_STORAGE_KEY, JSON.stringify({ format: WORK_FORMAT, savedAt: new Date().toISOString(), state }));
    return true;
  } catch {
    return false;
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
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
