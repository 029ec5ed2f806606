import type { Baseline, WizardState } from '../model/state.ts';
import { baselineShapeOk, envelopeState, problemWithEnvelope, readSavedWork, type RestoredState, type SavedWork } from '../saved/saved-state.ts';
import { readValuesFile } from '../values/read-values-file.ts';
import { isObject } from '../values/shape.ts';
import { restoreValues } from './restore-values.ts';
import { restorePending } from '../code-review/restore-pending.ts';

export { savedWorkText, WORK_FORMAT, type RestoredState, type SavedWork } from '../saved/saved-state.ts';

/**
 * Work saved in this browser, read back in full: storage is untrusted input too (another version of
 * the wizard, an extension, a hand edit), so the envelope is checked and the values go through the
 * same restore as a link. An imported file that no longer reads is set aside, the values kept.
 * Never throws.
 */
export function restoreSaved(raw: string | null | undefined): SavedWork {
  return readSavedWork(raw, (state) => restoreSavedState(state));
}

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
    const { text, wrapperPath, olderChart } = state.imported as { text: string; wrapperPath: string[]; olderChart?: unknown };
    if (readsBack(text, wrapperPath)) {
      imported = { text, wrapperPath };
      // envelopeState keeps it only as a list of texts
      if (Array.isArray(olderChart)) imported.olderChart = olderChart as string[];
    }
    else notices.push('The file imported earlier could not be read again, so the download is written from the values alone (its comments are not kept).');
  }
  const review = restorePending(state.review);
  if (!review.ok) notices.push(`Code that waited for your review could not be read again (${review.reason}), so it was left out.`);
  const restored = restoreValues(state.values, []);
  if (!restored.ok) return { ok: false, reason: lowerFirst(restored.problem.message.replace(/\.$/, '')) };
  const baseline = restoreBaseline(state.baseline, readsBack, notices);
  return { ok: true, state: envelopeState(state as unknown as WizardState, restored.values, imported, review.ok ? review.pending : undefined, baseline), notices };
}

/** The saved baseline, its values through the restore and its file read back; one that does not is dropped, and said. */
function restoreBaseline(raw: unknown, readsBack: ImportedReadsBack, notices: string[]): Baseline | undefined {
  if (raw === undefined) return undefined;
  const lost = () => void notices.push('The deployed setup kept for the Changes view could not be read again; open the deployed config.yaml there once more.');
  if (!baselineShapeOk(raw)) return lost();
  if (raw.from === 'file' && !readsBack(raw.file.text, raw.file.wrapperPath)) return lost();
  if (raw.from !== 'link') return raw;
  const values = restoreValues(raw.values, []);
  return values.ok ? { from: 'link', values: values.values } : lost();
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
