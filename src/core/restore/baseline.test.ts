import { describe, expect, it } from 'vitest';
import { activeBaseline, withLinkBaseline } from '../model/baseline.ts';
import { initialState, type WizardState } from '../model/state.ts';
import { savedWorkText } from '../saved/saved-state.ts';
import { applyImport } from './apply-import.ts';
import { restoreSaved } from './restore-saved.ts';
import { restoreText } from './restore-text.ts';

const imported = (text: string) => {
  const result = restoreText(text);
  if (!result.ok) throw new Error(result.error.message);
  return result;
};
const reload = (state: WizardState) => {
  const back = restoreSaved(savedWorkText(state, '2026-12-03T06:00:00.000Z'));
  if (back.kind !== 'ok') throw new Error(back.kind);
  return back;
};

describe('the baseline of the Changes view', () => {
  it('an import is its own baseline; a deployed file opened apart stays through a later import', () => {
    const a = applyImport(imported('hub:\n  baseUrl: /a/\n'))(initialState());
    expect(a.baseline).toEqual({ from: 'import' });
    const deployed: WizardState = { ...a, baseline: { from: 'file', name: 'live.yaml', file: { text: 'hub:\n  baseUrl: /live/\n', wrapperPath: [] } } };
    expect(applyImport(imported('hub:\n  baseUrl: /b/\n'))(deployed).baseline).toEqual(deployed.baseline);
  });

  it('an import baseline without its imported file is none', () => {
    expect(activeBaseline({ ...initialState(), baseline: { from: 'import' } })).toBeUndefined();
  });

  it('survives a reload in each of its forms', () => {
    const a = applyImport(imported('hub:\n  baseUrl: /a/\n'))(initialState());
    expect(reload(a).state.baseline).toEqual({ from: 'import' });
    const link = withLinkBaseline({ ...initialState(), values: { hub: { baseUrl: '/l/' } } });
    expect(reload(link).state.baseline).toEqual({ from: 'link', values: { hub: { baseUrl: '/l/' } } });
    const file: WizardState = { ...initialState(), baseline: { from: 'file', name: 'live.yaml', file: { text: 'hub:\n  baseUrl: /live/\n', wrapperPath: [] } } };
    expect(reload(file).state.baseline).toEqual(file.baseline);
  });

  it('a stored baseline that no longer reads is dropped and said; the work is kept', () => {
    const bad = { ...initialState(), values: { hub: { baseUrl: '/x/' } }, baseline: { from: 'file', name: 'live.yaml', file: { text: 'hub: [\n', wrapperPath: [] } } } as WizardState;
    const back = reload(bad);
    expect(back.state.baseline).toBeUndefined();
    expect(back.state.values).toEqual({ hub: { baseUrl: '/x/' } });
    expect(back.notices?.join(' ')).toMatch(/deployed setup kept for the Changes view could not be read again/);
    const odd = reload({ ...initialState(), baseline: { from: 'elsewhere' } } as unknown as WizardState);
    expect(odd.state.baseline).toBeUndefined();
  });
});
