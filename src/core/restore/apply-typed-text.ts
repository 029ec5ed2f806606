import { deepEqual } from '../model/json.ts';
import type { Update, WizardState } from '../model/state.ts';
import type { ImportResult } from './types.ts';

/**
 * config.yaml as the admin typed it in the editor, as one update. A text that reads (through the
 * same restore as an import: limits, unwrap, upgrade) becomes the work's file, so a form edit after
 * it patches this text in place (its comments, order and unknown keys kept); its values replace
 * the work's. Unlike an import, the wizard's own settings stay, but for the ClusterIssuer the text
 * now names. A text that does not read is kept as the draft and changes no value.
 */
export function applyTypedText(text: string, result: ImportResult): Update {
  return (state) => {
    if (!result.ok) return state.configDraft === text ? state : { ...state, configDraft: text };
    const { configDraft: _, ...rest } = state;
    const issuerName = result.certManager?.issuerName;
    const certManager = issuerName && issuerName !== state.certManager.issuerName ? { ...state.certManager, issuerName } : state.certManager;
    const same =
      state.configDraft === undefined &&
      state.imported?.text === text &&
      sameWrapper(state.imported.wrapperPath, result.imported.wrapperPath) &&
      certManager === state.certManager &&
      deepEqual(state.values, result.values);
    if (same) return state;
    return { ...rest, values: result.values, imported: result.imported, certManager };
  };
}

/** The editor's text for a state: the draft while one is kept, else the config.yaml it writes. */
export function editorText(state: WizardState, written: string): string {
  return state.configDraft ?? written;
}

function sameWrapper(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
