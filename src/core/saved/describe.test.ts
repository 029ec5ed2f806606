import { describe, expect, it } from 'vitest';
import { initialState } from '../model/state.ts';
import { describeSetup } from './describe.ts';

describe('a setup in one line', () => {
  it('names the release, the parts it sets, its hosts and an imported file', () => {
    expect(describeSetup(initialState())).toBe('jupyterhub · no settings');
    const state = { ...initialState(), release: 'hub', values: { ingress: { enabled: true, hosts: ['a.org', 'b.org', 'c.org'] }, proxy: {} }, imported: { text: '', wrapperPath: [] } };
    expect(describeSetup(state)).toBe('hub · ingress, proxy · a.org, b.org … · imported file');
    expect(describeSetup({ ...initialState(), values: { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 } })).toBe('jupyterhub · a, b, c, d and 2 more');
  });
});
