import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { goFloat, goKeyLess, toJson, toYaml, toYamlOrdered } from './go/go-yaml.ts';
import { sha256Hex } from './go/sha256.ts';
import { b64enc } from './go/base64.ts';
import { withDefaults } from '../values/coalesce.ts';
import { mergoMerge } from './values.ts';

const coalesce = (defaults: Record<string, unknown>, config: Record<string, unknown>) => withDefaults(config as never, defaults as never);
import { helmOrder, templateRenderOrder } from './order.ts';
import { manifestsToYaml, renderChart } from './index.ts';
import type { Doc } from './doc.ts';
import type { JsonObject } from '../model/json.ts';

describe('go-yaml toYaml (helm toYaml)', () => {
  it('prints like go-yaml v2 (outputs taken from helm 4.1.4)', () => {
    const text = toYaml({
      a: { b: 1, x: null },
      big: 1000000,
      colon: 'a: b',
      e: '',
      emptyl: [],
      emptym: {},
      f: 1.5,
      false: 1,
      list: [1, 'two', { k: 'v' }, [3]],
      long: 'this is a very long string that goes on and on and on and on and on and on and on and on and on and on',
      multi: 'line1\nline2\n',
      multi2: 'line1\nline2',
      neg: -10,
      num: '123',
      q: 'yes',
      sp: ' lead',
      star: '*x',
      ts: '2024-12-09',
    });
    expect(text).toBe(
      [
        'a:',
        '  b: 1',
        '  x: null',
        'big: 1000000',
        "colon: 'a: b'",
        'e: ""',
        'emptyl: []',
        'emptym: {}',
        'f: 1.5',
        '"false": 1',
        'list:',
        '- 1',
        '- two',
        '- k: v',
        '- - 3',
        'long: this is a very long string that goes on and on and on and on and on and on and',
        '  on and on and on and on',
        'multi: |',
        '  line1',
        '  line2',
        'multi2: |-',
        '  line1',
        '  line2',
        'neg: -10',
        'num: "123"',
        'q: "yes"',
        "sp: ' lead'",
        "star: '*x'",
        'ts: "2024-12-09"',
      ].join('\n'),
    );
  });

  it('orders keys the go-yaml way (non-letters first, digit runs numerically)', () => {
    const keys = ['a10', 'a9', 'B', '_under', 'b'].sort((x, y) => (goKeyLess(x, y) ? -1 : goKeyLess(y, x) ? 1 : 0));
    expect(keys).toEqual(['_under', 'B', 'a9', 'a10', 'b']);
  });

  it('formats numbers as Go does', () => {
    expect([1e6, 300, 1.5, 123456, 1234567.5, 0.0001, 0.00001, -10].map(goFloat)).toEqual([
      '1e+06', '300', '1.5', '123456', '1.2345675e+06', '0.0001', '1e-05', '-10',
    ]);
    expect(toJson({ b: '<&>', a: [1, null, true] })).toBe('{"a":[1,null,true],"b":"\\u003c\\u0026\\u003e"}');
  });
});

describe('helpers', () => {
  it('sha256 and base64', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(b64enc('héllo')).toBe('aMOpbGxv');
  });

  it('coalesces like helm: maps merged, lists replaced, null deletes', () => {
    const defaults = { a: { b: 1, c: [1, 2], d: 'x', n: null }, top: 1 };
    const merged = coalesce(defaults, { a: { c: [3], d: null, n: null, extra: null }, top: null, u: 2 });
    expect(merged).toEqual({ a: { b: 1, c: [3], n: null, extra: null }, u: 2 });
    expect(defaults.a.c).toEqual([1, 2]);
  });

  it('merges like sprig merge (dst wins, empty dst values filled)', () => {
    expect(mergoMerge({ a: { b: 1 }, c: '', l: [] }, { a: { b: 2, d: 3 }, c: 'x', l: [1], e: 4 })).toEqual({
      a: { b: 1, d: 3 },
      c: 'x',
      l: [1],
      e: 4,
    });
  });

  it('orders output by kind, then template path, hooks last; templates render deepest first', () => {
    const d = (template: string, kind: string, hook = false): Doc => ({
      template,
      component: 'x',
      object: { kind, metadata: { name: template, ...(hook ? { annotations: { 'helm.sh/hook': 'pre-install' } } : {}) } },
    });
    const out = helmOrder([d('b.yaml', 'Service'), d('a.yaml', 'Job', true), d('c.yaml', 'HTTPRoute'), d('a.yaml', 'ConfigMap'), d('z.yaml', 'Secret')]);
    expect(out.map((x) => `${x.object.kind}:${x.template}`)).toEqual([
      'Secret:z.yaml', 'ConfigMap:a.yaml', 'Service:b.yaml', 'HTTPRoute:c.yaml', 'Job:a.yaml',
    ]);
    expect(['hub/secret.yaml', 'NOTES.txt', 'proxy/autohttps/configmap.yaml', 'proxy/secret.yaml'].sort(templateRenderOrder)).toEqual([
      'proxy/autohttps/configmap.yaml', 'proxy/secret.yaml', 'hub/secret.yaml', 'NOTES.txt',
    ]);
  });
});

describe('manifestsToYaml', () => {
  it('prints a stream that reads back to exactly the rendered objects', () => {
    const configs: JsonObject[] = [
      {},
      { proxy: { https: { enabled: true, hosts: ['a.org'], letsencrypt: { contactEmail: 'x@a.org' } } } },
      { hub: { extraConfig: { '00-x': 'c.X = 1\n  \n\tweird = "yes"  \n' }, extraEnv: { A: 'on', B: '' } }, custom: { s: ' lead', n: '1e3', t: '~' } },
    ];
    for (const config of configs) {
      const { objects, errors } = renderChart(config, { release: 'jupyterhub', namespace: 'jupyterhub' });
      expect(errors).toEqual([]);
      const text = manifestsToYaml(objects);
      expect(text.startsWith('---\n# Source: jupyterhub/templates/')).toBe(true);
      const docs = parseAllDocuments(text).map((doc) => doc.toJS());
      expect(docs).toEqual(objects.map((o) => o.object));
    }
  });

  it('is what the placeholder-free renderer gives for a refused config: nothing, and helm-worded errors', () => {
    const { objects, errors } = renderChart({ hub: { extraEnv: { N: 1 } } }, { release: 'r', namespace: 'n' });
    expect(objects).toEqual([]);
    expect(errors[0]!.message).toBe(
      'execution error at (jupyterhub/templates/hub/deployment.yaml:206:16): ?.extraEnv.N had an unexpected type (float64)',
    );
    expect(toYamlOrdered({ a: 1 })).toBe('a: 1');
  });
});
