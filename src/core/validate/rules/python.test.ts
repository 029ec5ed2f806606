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
