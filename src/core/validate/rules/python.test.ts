import { describe, expect, it } from 'vitest';
import { initialState } from '../../model/state.ts';
import { validateState } from '../index.ts';

const problemsOf = (extraConfig: Record<string, string>, code: string) =>
  validateState({ ...initialState(), values: { hub: { extraConfig } } }).filter((p) => p.code === code);

describe('python-empty-snippet', () => {
  it('is a warning at the empty snippet, blank or whitespace only', () => {
    const found = problemsOf({ '00-a': '', '01-b': '  \n\n', '02-c': 'pass\n' }, 'python-empty-snippet');
    expect(found.map((p) => [p.severity, p.path])).toEqual([
      ['warning', ['hub', 'extraConfig', '00-a']],
      ['warning', ['hub', 'extraConfig', '01-b']],
    ]);
    expect(found[0]!.message).toBe('The snippet `00-a` is empty: it runs nothing. Write its code, or delete it.');
  });

  it('is not said of a snippet with code or only a comment', () => {
    expect(problemsOf({ a: '# kept for later\n', b: 'x = 1' }, 'python-empty-snippet')).toEqual([]);
  });
});

describe('python-plain-setting', () => {
  it('hints that c.Spawner.start_timeout = 600 belongs in hub.config, with the key path', () => {
    const found = problemsOf({ '00-timeout': 'import z2jh\nc.Spawner.start_timeout = 600\n' }, 'python-plain-setting');
    expect(found).toEqual([
      {
        code: 'python-plain-setting',
        severity: 'warning',
        path: ['hub', 'extraConfig', '00-timeout'],
        message: 'line 2: `c.Spawner.start_timeout = 600` is a plain setting; it belongs in `hub.config` (`hub.config.Spawner.start_timeout: 600`), where the chart checks it and no Python can break it.',
      },
    ]);
  });

  it('is not said of computed values, of settings in hooks, nor of a snippet that does not parse', () => {
    expect(problemsOf({ a: 'c.Spawner.start_timeout = z2jh.get_config("custom.t")\n', b: 'def hook(spawner):\n    spawner.x = 1\n', c: 'c.Spawner.start_timeout = 600\nif x\n' }, 'python-plain-setting')).toEqual([]);
  });

  it('names a long setting by its trait', () => {
    const long = `c.KubeSpawner.environment = {\n    "A": "1",\n    "B": "2",\n}\n`;
    expect(problemsOf({ a: long }, 'python-plain-setting')[0]!.message).toMatch(/^line 1: `c\.KubeSpawner\.environment = …` is a plain setting; .*`hub\.config\.KubeSpawner\.environment: \{"A":"1","B":"2"\}`/);
  });
});
