import { describe, expect, it } from 'vitest';
import { initialState } from '../../model/state.ts';
import { validateState } from '../index.ts';

describe('python-syntax rule', () => {
  it('reports a snippet that does not parse, with its line, at the snippet key', () => {
    const state = { ...initialState(), values: { hub: { extraConfig: { good: 'c.JupyterHub.admin_access = True\n', bad: 'x = 1\nif x\n    pass\n' } } } };
    const problems = validateState(state).filter((p) => p.code === 'python-syntax');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toEqual(['hub', 'extraConfig', 'bad']);
    expect(problems[0]!.message).toMatch(/^line 2/);
  });
});

describe('release and namespace', () => {
  it('must be DNS labels; the release at most 53 characters', () => {
    const codes = (release: string, namespace: string) => validateState({ ...initialState(), release, namespace }).filter((p) => p.setting).map((p) => `${p.setting}:${p.code}`).sort();
    expect(codes('jupyterhub', 'jupyterhub')).toEqual([]);
    expect(codes('Hub_1', 'team a')).toEqual(['namespace:namespace-name', 'release:release-name']);
    expect(codes('a'.repeat(54), 'ns')).toEqual(['release:release-name']);
    expect(codes('', '')).toEqual(['namespace:namespace-name', 'release:release-name']);
  });
});
