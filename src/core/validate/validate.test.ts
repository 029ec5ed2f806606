import { describe, expect, it } from 'vitest';
import { formatPath } from '../model/json.ts';
import { initialState } from '../model/state.ts';
import { validateState } from './index.ts';

describe('validateState', () => {
  it('combines schema and field rules, sorted by path', () => {
    const problems = validateState({
      ...initialState(),
      values: {
        singleuser: { schedulerStrategy: 'pack', memory: { limit: '2G' }, cpu: { limit: 1, guarantee: 0.5 } },
        auth: { type: 'github' },
        ingress: { enabled: true, hosts: ['b.uni.edu', 'A.uni.edu'] },
      },
    });
    expect(problems.map((p) => `${p.code} ${formatPath(p.path)}`)).toEqual([
      'schema auth',
      'dns1123-host ingress.hosts[1]',
      'schema singleuser.schedulerStrategy',
    ]);
  });

  it('keeps the field rule where it explains the same place as the schema', () => {
    const problems = validateState({
      ...initialState(),
      values: { hub: { image: { tag: 3.1 }, extraEnv: { PORT: 8080 } }, ingress: { annotations: { a: true } }, singleuser: { memory: { limit: '1G' }, cpu: { limit: 1, guarantee: 1 } } },
    });
    expect(problems.map((p) => `${p.code} ${formatPath(p.path)}`)).toEqual([
      'hub-extra-env-type hub.extraEnv.PORT',
      'image-tag hub.image.tag',
      'annotation-not-string ingress.annotations.a',
    ]);
  });
});
