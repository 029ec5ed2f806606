import { describe, expect, it } from 'vitest';
import { withLinkBaseline } from '../model/baseline.ts';
import { initialState, type WizardState } from '../model/state.ts';
import { toBase64url } from '../permalink/base64url.ts';
import { applyImport } from '../restore/apply-import.ts';
import { restoreText } from '../restore/restore-text.ts';
import { changesForState } from './changes-for-state.ts';
import { fieldDiff, formatFieldPath } from './field-diff.ts';
import { hunks, lineDiff } from './line-diff.ts';
import { resourceDiff } from './resource-diff.ts';

const imported = (text: string): WizardState => {
  const r = restoreText(text);
  if (!r.ok) throw new Error(r.error.message);
  return applyImport(r)(initialState());
};

describe('line diff', () => {
  it('keeps the common lines and marks the rest, removed before added', () => {
    expect(lineDiff('a\nb\nc\n', 'a\nB\nc\nd\n')).toEqual([
      { op: ' ', text: 'a' }, { op: '-', text: 'b' }, { op: '+', text: 'B' }, { op: ' ', text: 'c' }, { op: '+', text: 'd' },
    ]);
    expect(lineDiff('', 'x')).toEqual([{ op: '+', text: 'x' }]);
  });

  it('hunks keep the changed lines with their context and mark the gaps', () => {
    const lines = lineDiff(['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n'), ['1', '2', '3', '4', 'five', '6', '7', '8', '9'].join('\n'));
    expect(hunks(lines, 1).map((l) => (l ? `${l.op}${l.text}` : '…'))).toEqual(['…', ' 4', '-5', '+five', ' 6', '…']);
  });
});

describe('field diff', () => {
  it('names each field, lists by position, a block only on one side whole', () => {
    const d = fieldDiff({ a: { b: 1, c: [1, 2] }, gone: { x: 1 } }, { a: { b: 2, c: [1] }, 'new/key': 'v' });
    expect(d.map((f) => `${f.change} ${formatFieldPath(f.path)}`)).toEqual(['changed a.b', 'removed a.c[1]', 'removed gone', 'added ["new/key"]']);
  });

  it("a Secret's values are compared decoded but never carried", () => {
    const secret = (v: string) => [{ source: 's', component: 'hub', object: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'x' }, data: { k: toBase64url(new TextEncoder().encode(v)) } } }];
    const [r] = resourceDiff(secret('old-password'), secret('new-password'));
    expect(r).toMatchObject({ change: 'changed', secret: true, fields: [{ path: ['data', 'k'], change: 'changed', hidden: true }] });
    expect(JSON.stringify(r!.fields)).not.toMatch(/password/);
  });
});

describe('changesForState', () => {
  it('no baseline: nothing to compare', () => {
    expect(changesForState(initialState())).toBeUndefined();
  });

  it('right after an import there are no changes; an edit shows in config.yaml and in the objects', () => {
    const state = imported('# ours\ningress:\n  enabled: true\n  hosts: [a.example.org]\n');
    const same = changesForState(state);
    expect(same).toMatchObject({ ok: true, label: 'the imported file', comparison: { resources: [] } });
    const edited = { ...state, values: { ingress: { enabled: true, hosts: ['b.example.org'] } } };
    const c = changesForState(edited);
    if (!c?.ok) throw new Error('not compared');
    expect(c.comparison.resources.map((r) => `${r.kind} ${r.name}`)).toEqual(['Secret hub', 'Deployment hub', 'Ingress jupyterhub']);
    expect(c.config.filter((l) => l.op !== ' ').map((l) => `${l.op}${l.text.trim()}`)).toEqual(['-hosts: [a.example.org]', '+hosts: [ b.example.org ]']);
  });

  it('a link is compared with the values it opened with', () => {
    const state = withLinkBaseline({ ...initialState(), values: { hub: { baseUrl: '/a/' } } });
    const c = changesForState({ ...state, values: { hub: { baseUrl: '/b/' } } });
    expect(c).toMatchObject({ ok: true, label: 'the setup the link opened with' });
    expect(c?.ok && c.config.filter((l) => l.op !== ' ').map((l) => l.op + l.text.trim())).toEqual(['-baseUrl: /a/', '+baseUrl: /b/']);
  });
});
