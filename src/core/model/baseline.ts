import type { Baseline, Update, WizardState } from './state.ts';

/**
 * A setup opened from a link, with the link's values as its baseline: until an edit, what the
 * link holds is what its author deployed, and the Changes view compares the edits with it.
 */
export function withLinkBaseline(state: WizardState): WizardState {
  return { ...state, baseline: { from: 'link', values: state.values } };
}

/** The baseline that is in force: an import baseline without its imported file is none. */
export function activeBaseline(state: WizardState): Baseline | undefined {
  const b = state.baseline;
  return b?.from === 'import' && !state.imported ? undefined : b;
}

/** How the Changes view names the baseline. */
export function baselineLabel(b: Baseline): string {
  if (b.from === 'import') return 'the imported file';
  if (b.from === 'link') return 'the setup the link opened with';
  return `the deployed file ${b.name}`;
}

/** The Changes view's baseline replaced (or, with undefined, forgotten): an undoable step. */
export function setBaseline(baseline: Baseline | undefined): Update {
  return (state) => {
    const { baseline: _old, ...rest } = state;
    return baseline ? { ...rest, baseline } : rest;
  };
}
