import { defaultCertManager, type CertManagerSettings, type WizardState } from '../model/state.ts';
import { readValuesFile } from '../values/read-values-file.ts';
import { isObject } from '../values/shape.ts';
import { restoreValues } from './restore-values.ts';

/**
 * The format of work saved in a browser's storage: `{ format, rev, savedAt, state }`. `rev` (added
 * within format 1, absent in older saves) names one write, so that the undo history saved beside
 * the work is only taken up with the very work it belongs to.
 */
export const WORK_FORMAT = 1;

export type SavedWork =
  | { kind: 'none' }
  | { kind: 'ok'; state: WizardState; savedAt?: string; rev?: string; notices?: string[] }
  /** something is stored but cannot be used; `reason` is for the admin */
  | { kind: 'unusable'; reason: string };

/** A revision is a short token; anything else stored there is ignored. */
const REV_PATTERN = /^[\w-]{1,64}$/;

/** What storage is given to keep: the envelope around the state. */
export function savedWorkText(state: WizardState, savedAt: string, rev?: string): string {
  return JSON.stringify(rev === undefined ? { format: WORK_FORMAT, savedAt, state } : { format: WORK_FORMAT, rev, savedAt, state });
}

/**
 * Work saved in this browser, read back: storage is untrusted input too (another version of the
 * wizard, an extension, a hand edit), so the envelope is checked and the values go through the same
 * restore as a link. An imported file that no longer reads is set aside, the values kept. Never throws.
 */
export function restoreSaved(raw: string | null | undefined): SavedWork {
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
  const restored = restoreSavedState(data.state);
  if (!restored.ok) return { kind: 'unusable', reason: restored.reason };
  return {
    kind: 'ok',
    state: restored.state,
    notices: restored.notices,
    ...(typeof data.savedAt === 'string' ? { savedAt: data.savedAt } : {}),
    ...(typeof data.rev === 'string' && REV_PATTERN.test(data.rev) ? { rev: data.rev } : {}),
  };
}

export type RestoredState = { ok: true; state: WizardState; notices: string[] } | { ok: false; reason: string };

/**
 * Whether an imported file's text reads back (it is parsed: the undo history and the snapshots hold
 * the same file many times, so their readers pass a remembering version of this).
 */
export type ImportedReadsBack = (text: string, wrapperPath: string[]) => boolean;

export const importedReadsBack: ImportedReadsBack = (text, wrapperPath) => readValuesFile(text, { wrapperPath, maxBytes: Infinity }).ok;

/** `importedReadsBack` that parses each distinct file once (for a list of setups sharing one import). */
export function rememberingReadsBack(): ImportedReadsBack {
  const known = new Map<string, boolean>();
  return (text, wrapperPath) => {
    const key = `${JSON.stringify(wrapperPath)}\n${text}`;
    let ok = known.get(key);
    if (ok === undefined) known.set(key, (ok = importedReadsBack(text, wrapperPath)));
    return ok;
  };
}

/**
 * One saved setup (the work, a snapshot, an undo step) checked and restored: the shape of the
 * envelope, then the values through the same restore as a link. Never throws.
 */
export function restoreSavedState(state: unknown, readsBack: ImportedReadsBack = importedReadsBack): RestoredState {
  const problem = problemWithEnvelope(state);
  if (problem || !isObject(state)) return { ok: false, reason: problem ?? 'the setup is missing' };
  const notices: string[] = [];
  let imported: WizardState['imported'];
  if (isObject(state.imported)) {
    const { text, wrapperPath } = state.imported as { text: string; wrapperPath: string[] };
    if (readsBack(text, wrapperPath)) imported = { text, wrapperPath };
    else notices.push('The file imported earlier could not be read again, so the download is written from the values alone (its comments are not kept).');
  }
  const restored = restoreValues(state.values, []);
  if (!restored.ok) return { ok: false, reason: lowerFirst(restored.problem.message.replace(/\.$/, '')) };
  const cm = state.certManager as unknown as CertManagerSettings;
  const out: WizardState = {
    release: state.release as string,
    namespace: state.namespace as string,
    values: restored.values,
    certManager: { issuerName: cm.issuerName, email: cm.email, acmeServer: cm.acmeServer, solverIngressClass: cm.solverIngressClass },
    ...(imported ? { imported } : {}),
  };
  return { ok: true, state: out, notices };
}

function problemWithEnvelope(state: unknown): string | undefined {
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
    const imported = state.imported;
    if (!isObject(imported) || typeof imported.text !== 'string') return 'the imported file is not text';
    if (!Array.isArray(imported.wrapperPath) || !imported.wrapperPath.every((k) => typeof k === 'string')) return 'the imported file has no valid wrapper path';
  }
  return undefined;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
