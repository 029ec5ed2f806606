import { defaultCertManager, type Baseline, type CertManagerSettings, type WizardState } from '../model/state.ts';
import { checkValuesShape } from '../restore/limits.ts';
import { isObject } from '../values/shape.ts';

/**
 * Reading back what the browser stored — light: JSON, the envelope's shape and the value limits,
 * none of the YAML reader or the upgrade. The page uses it where it must decide at once (is what
 * another tab stored work? what list does a new earlier setup join?); a setup that is opened goes
 * through the full restore (restore/restore-saved.ts), which takes a reader of the same form.
 */

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

export type RestoredState = { ok: true; state: WizardState; notices: string[] } | { ok: false; reason: string };

/** How one stored setup is checked: lightly (`checkSavedState`) or restored in full. */
export type SavedStateReader = (state: unknown) => RestoredState;

/** A revision is a short token; anything else stored there is ignored. */
const REV_PATTERN = /^[\w-]{1,64}$/;

/** What storage is given to keep: the envelope around the state. */
export function savedWorkText(state: WizardState, savedAt: string, rev?: string): string {
  return JSON.stringify(rev === undefined ? { format: WORK_FORMAT, savedAt, state } : { format: WORK_FORMAT, rev, savedAt, state });
}

/** The saved work's envelope read back, its state by `readState`. Never throws. */
export function readSavedWork(raw: string | null | undefined, readState: SavedStateReader = checkSavedState): SavedWork {
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
  const restored = readState(data.state);
  if (!restored.ok) return { kind: 'unusable', reason: restored.reason };
  return {
    kind: 'ok',
    state: restored.state,
    notices: restored.notices,
    ...(typeof data.savedAt === 'string' ? { savedAt: data.savedAt } : {}),
    ...(typeof data.rev === 'string' && REV_PATTERN.test(data.rev) ? { rev: data.rev } : {}),
  };
}

/** One stored setup, checked lightly: its envelope and the value limits; values, file and code waiting for review as stored. */
export const checkSavedState: SavedStateReader = (state) => {
  const problem = problemWithEnvelope(state);
  if (problem || !isObject(state)) return { ok: false, reason: problem ?? 'the setup is missing' };
  const shape = checkValuesShape(state.values);
  if (shape) return { ok: false, reason: lowerFirst(shape.message.replace(/\.$/, '')) };
  const s = state as unknown as WizardState;
  // the code waiting for review as stored too: this reader decides, it opens nothing
  return { ok: true, state: envelopeState(s, s.values, s.imported, Array.isArray(s.review) ? s.review : undefined, baselineShapeOk(s.baseline) ? s.baseline : undefined), notices: [] };
};

/** The longest config.yaml draft kept with the work (an import refuses a larger file anyway). */
const MAX_DRAFT_CHARS = 1_000_000;

/**
 * A stored state's fields, only those of a WizardState (whatever else was stored is dropped).
 * `review`: the code waiting for review, checked by the caller (the full restore drops a list that
 * does not read: that code never joined the work, and the rest of the work is not lost over it).
 */
export function envelopeState(
  state: WizardState,
  values: WizardState['values'],
  imported: WizardState['imported'],
  review?: WizardState['review'],
  baseline?: Baseline,
): WizardState {
  const cm: CertManagerSettings = state.certManager;
  return {
    release: state.release,
    namespace: state.namespace,
    values,
    certManager: { issuerName: cm.issuerName, email: cm.email, acmeServer: cm.acmeServer, solverIngressClass: cm.solverIngressClass },
    ...(typeof state.kubeVersion === 'string' ? { kubeVersion: state.kubeVersion } : {}),
    ...(imported ? { imported: importedOf(imported) } : {}),
    ...(review && review.length > 0 ? { review } : {}),
    ...(baseline ? { baseline: copyBaseline(baseline) } : {}),
    // a draft is kept as typed (it changes no value); one larger than any importable file is dropped
    ...(typeof state.configDraft === 'string' && state.configDraft.length <= MAX_DRAFT_CHARS ? { configDraft: state.configDraft } : {}),
  };
}

/** A stored baseline of one of the three forms (its values and text not yet checked), or not. */
export function baselineShapeOk(b: unknown): b is Baseline {
  if (!isObject(b)) return false;
  if (b.from === 'import') return true;
  if (b.from === 'link') return isObject(b.values) && checkValuesShape(b.values) === undefined;
  if (b.from === 'file') {
    const f = b.file;
    return typeof b.name === 'string' && isObject(f) && typeof f.text === 'string' && Array.isArray(f.wrapperPath) && f.wrapperPath.every((k) => typeof k === 'string');
  }
  return false;
}

function copyBaseline(b: Baseline): Baseline {
  if (b.from === 'import') return { from: 'import' };
  if (b.from === 'link') return { from: 'link', values: b.values };
  return { from: 'file', name: b.name, file: { text: b.file.text, wrapperPath: [...b.file.wrapperPath] } };
}

function importedOf(imported: NonNullable<WizardState['imported']>): NonNullable<WizardState['imported']> {
  const out: NonNullable<WizardState['imported']> = { text: imported.text, wrapperPath: [...imported.wrapperPath] };
  if (Array.isArray(imported.olderChart) && imported.olderChart.every((c) => typeof c === 'string')) out.olderChart = [...imported.olderChart];
  return out;
}

/** What is wrong with a stored state's envelope (not its values), or undefined. */
export function problemWithEnvelope(state: unknown): string | undefined {
  if (!isObject(state)) return 'the setup is missing';
  if (typeof state.release !== 'string') return 'the release name is not text';
  if (typeof state.namespace !== 'string') return 'the namespace is not text';
  if ('kubeVersion' in state && state.kubeVersion !== undefined && typeof state.kubeVersion !== 'string') return 'the Kubernetes version is not text';
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
