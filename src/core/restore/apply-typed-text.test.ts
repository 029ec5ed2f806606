import { describe, expect, it } from 'vitest';
import { writeConfig } from '../config/write-config-for-state.ts';
import { initialState } from '../model/state.ts';
import { applyTypedText, editorText } from './apply-typed-text.ts';
import { restoreText } from './restore-text.ts';
import { restoreSavedState } from './restore-saved.ts';

const typeOver = (state: ReturnType<typeof initialState>, text: string) =>
  applyTypedText(text, restoreText(text, state.imported ? { keepWrapper: state.imported.wrapperPath } : {}))(state);

describe('a config.yaml typed in the editor', () => {
  it('becomes the work: its values, and its text with comments for the next form edit', () => {
    const text = '# kept\nhub:\n  db:\n    type: sqlite-memory # in memory\n';
    const state = typeOver(initialState(), text);
    expect(state.values).toEqual({ hub: { db: { type: 'sqlite-memory' } } });
    expect(state.imported).toEqual({ text, wrapperPath: [] });
    expect(writeConfig(state)).toBe(text);
    const edited = { ...state, values: { ...state.values, proxy: { service: { type: 'ClusterIP' } } } };
    expect(writeConfig(edited)).toBe(`${text}proxy:\n  service:\n    type: ClusterIP\n`);
  });

  it('that does not read is kept as the draft and changes no value; once it reads the draft goes', () => {
    const start = typeOver(initialState(), 'hub:\n  baseUrl: /a/\n');
    const broken = 'hub:\n  baseUrl: /a/\n   x: [\n';
    const drafted = typeOver(start, broken);
    expect(drafted.values).toBe(start.values);
    expect(drafted.imported).toBe(start.imported);
    expect(drafted.configDraft).toBe(broken);
    expect(editorText(drafted, writeConfig(drafted))).toBe(broken);
    expect(typeOver(drafted, broken)).toBe(drafted);
    const fixed = typeOver(drafted, 'hub:\n  baseUrl: /b/\n');
    expect(fixed.configDraft).toBeUndefined();
    expect(fixed.values).toEqual({ hub: { baseUrl: '/b/' } });
    expect(editorText(fixed, writeConfig(fixed))).toBe('hub:\n  baseUrl: /b/\n');
  });

  it('keeps the wizard’s own settings, but for the ClusterIssuer the text now names', () => {
    const start = { ...initialState(), certManager: { ...initialState().certManager, email: 'a@b.org' } };
    const state = typeOver(start, 'ingress:\n  annotations:\n    cert-manager.io/cluster-issuer: my-issuer\n');
    expect(state.certManager).toEqual({ ...start.certManager, issuerName: 'my-issuer' });
  });

  it('keeps a parent chart’s wrapper while the text holds it', () => {
    const wrapped = 'jupyterhub:\n  hub:\n    baseUrl: /x/\nbinderhub: {}\n';
    const state = typeOver(initialState(), wrapped);
    expect(state.imported?.wrapperPath).toEqual(['jupyterhub']);
    // emptied to a mapping the finder would not take for the chart's values: still the wrapper
    const emptied = typeOver(state, 'jupyterhub:\n  other: 1\nbinderhub: {}\n');
    expect(emptied.imported?.wrapperPath).toEqual(['jupyterhub']);
    expect(emptied.values).toEqual({});
  });

  it('keeps its draft with the saved work, read back as it was typed (one larger than any importable file is dropped)', () => {
    const drafted = typeOver(initialState(), 'hub: [\n');
    const back = restoreSavedState(JSON.parse(JSON.stringify(drafted)));
    expect(back.ok && back.state.configDraft).toBe('hub: [\n');
    for (const configDraft of ['x'.repeat(1_000_001), 42]) {
      const dropped = restoreSavedState({ ...initialState(), configDraft });
      expect(dropped.ok).toBe(true);
      if (dropped.ok) expect('configDraft' in dropped.state).toBe(false);
    }
  });
});
