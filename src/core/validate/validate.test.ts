import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import type { CliIO } from '../../cli/io.ts';
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

  it('is cheap enough to run on every edit', () => {
    const state = { ...initialState(), values: { ingress: { enabled: true, hosts: ['hub.uni.edu'] } } };
    validateState(state);
    const start = performance.now();
    for (let i = 0; i < 200; i++) validateState({ ...state, values: { ...state.values, custom: { i } } });
    expect((performance.now() - start) / 200).toBeLessThan(5);
  });
});

function fakeIO(files: Record<string, string>) {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readFile: (p) => {
      if (!(p in files)) throw new Error(`no such file ${p}`);
      return files[p]!;
    },
  };
  return { io, out: () => out, err: () => err };
}

describe('CLI validate', () => {
  const resources = 'singleuser:\n  memory: {limit: 2G, guarantee: 1G}\n  cpu: {limit: 2, guarantee: 1}\n';

  it('exits 0 for a clean file', async () => {
    const f = fakeIO({ 'c.yaml': `hub:\n  baseUrl: /hub/\n${resources}` });
    expect(await main(['validate', 'c.yaml'], f.io)).toBe(0);
    expect(f.out()).toContain('no problems');
  });

  it('prints problems as `severity path: message` and exits 1 on errors', async () => {
    const f = fakeIO({ 'c.yaml': `ingress:\n  enabled: true\n  hosts: [hub.uni.edu, Bad_Host]\n${resources}` });
    expect(await main(['validate', 'c.yaml'], f.io)).toBe(1);
    expect(f.out()).toMatch(/^error ingress\.hosts\[1\]: the host name `Bad_Host` /m);
  });

  it('exits 0 with warnings only', async () => {
    const f = fakeIO({ 'c.yaml': 'proxy:\n  https:\n    enabled: true\n' });
    expect(await main(['validate', 'c.yaml'], f.io)).toBe(0);
    expect(f.out()).toMatch(/^warning proxy\.https\.hosts: /m);
    expect(f.out()).toMatch(/^warning singleuser\.memory: /m);
  });

  it('reports YAML syntax errors with line:column', async () => {
    const f = fakeIO({ 'c.yaml': 'hub:\n  baseUrl: /x/\n   bad: [\n' });
    expect(await main(['validate', 'c.yaml'], f.io)).toBe(1);
    expect(f.out()).toMatch(/^error c\.yaml:\d+:\d+: YAML syntax error: /m);
  });

  it('applies merge keys and warns about repeated keys, as helm reads them', async () => {
    const merged = fakeIO({
      'c.yaml': `hub:\n  extraFiles:\n    a: &a {mountPath: /a, stringData: s}\n    b:\n      <<: *a\n      mountPath: /b\n${resources}`,
    });
    expect(await main(['validate', 'c.yaml'], merged.io)).toBe(0);
    const repeated = fakeIO({ 'c.yaml': `hub:\n  baseUrl: /a/\n${resources}hub:\n  baseUrl: /b/\n` });
    expect(await main(['validate', 'c.yaml'], repeated.io)).toBe(0);
    expect(repeated.out()).toMatch(/^warning c\.yaml:6:1: this key is repeated/m);
  });

  it('needs a file', async () => {
    const f = fakeIO({});
    expect(await main(['validate'], f.io)).toBe(2);
  });
});
