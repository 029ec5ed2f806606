import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutCaches } from '../../src/core/chart/incremental/switch.ts';
import { manifestsToYaml, renderChart } from '../../src/core/chart/index.ts';
import { parseValuesYaml } from '../../src/core/chart/values-yaml.ts';
import type { Json, JsonObject, Path } from '../../src/core/model/json.ts';
import { deleteIn, setIn } from '../../src/core/model/paths.ts';
// @ts-expect-error plain JS module without types
import { stressValues } from '../../scripts/bench/stress-config.mjs';

/**
 * Incremental rendering (memoized components, remembered YAML text, digests and base64 pieces)
 * must give exactly what a cold, cache-free render of the same values gives: sequences of small
 * structural-sharing edits (as the page makes them with setIn/deleteIn), each rendered
 * incrementally and compared with `withoutCaches` on a deep copy.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const configsDir = path.join(here, 'configs');

const bases: Record<string, JsonObject> = {
  empty: {},
  sample: parseValuesYaml(readFileSync(path.resolve(here, '../../../shared/corpus/permalink-sample.yaml'), 'utf8')) as JsonObject,
};
for (const f of readdirSync(configsDir).filter((x) => x.endsWith('.yaml')).sort()) {
  bases[f] = (parseValuesYaml(readFileSync(path.join(configsDir, f), 'utf8')) ?? {}) as JsonObject;
}

/** a session's random pool: every render reads it from the start (as the page does) */
function session(seed: number): () => (n: number) => Uint8Array {
  const pool = new Uint8Array(4096);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < pool.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    pool[i] = x >>> 24;
  }
  return () => {
    let offset = 0;
    return (n) => {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = pool[(offset + i) % pool.length]!;
      offset += n;
      return out;
    };
  };
}

const word = fc.constantFrom('a', 'hub', 'x-1', 'example.org', 'yes', '0123', '', ' lead', 'two words', 'é', 'null', 'a: b', '#c');
const text = fc.oneof(word, fc.string({ maxLength: 12 }), fc.array(word, { maxLength: 6 }).map((w) => w.join('\n')));
const scalar: fc.Arbitrary<Json> = fc.oneof(text, fc.boolean(), fc.integer({ min: -3, max: 100000 }), fc.constant(null));
const json: fc.Arbitrary<Json> = fc.letrec<{ j: Json }>((tie) => ({
  j: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('j'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'name', 'tag', 'enabled', 'z9'), tie('j'), { maxKeys: 3 }),
  ),
})).j;
const key = fc.constantFrom('00-a', '01-b', 'k1', 'k2', 'x');
const bool = fc.boolean();

type Edit = { path: Path; value: Json } | { path: Path; delete: true };
const set = (path: Path, value: fc.Arbitrary<Json>): fc.Arbitrary<Edit> => value.map((v) => ({ path, value: v }));
const setK = (prefix: Path, value: fc.Arbitrary<Json>, suffix: Path = []): fc.Arbitrary<Edit> =>
  fc.tuple(key, value).map(([k, v]) => ({ path: [...prefix, k, ...suffix], value: v }));

/** edits where the chart looks, plus anywhere at all */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  set(['ingress', 'enabled'], bool),
  fc.tuple(fc.nat(3), word).map(([i, h]) => ({ path: ['ingress', 'hosts', i], value: `${h}.org` })),
  set(['ingress', 'hosts'], fc.array(word, { maxLength: 3 })),
  set(['ingress', 'tls'], fc.constantFrom<Json>([{ hosts: ['a.org'], secretName: 's' }], [])),
  setK(['hub', 'extraConfig'], text),
  set(['hub', 'config', 'JupyterHub', 'subdomain_host'], text),
  set(['hub', 'config', 'JupyterHub', 'cookie_secret'], fc.constantFrom<Json>('abc', '', null)),
  set(['hub', 'config', 'JupyterHub'], fc.constantFrom<Json>(null, {})),
  setK(['hub', 'services'], fc.constantFrom<Json>({}, { apiToken: 'tok' }, { api_token: 'x' })),
  setK(['hub', 'extraEnv'], fc.oneof(word, fc.constant<Json>({ value: 'v' }))),
  set(['hub', 'db', 'type'], fc.constantFrom('sqlite-pvc', 'sqlite-memory', 'mysql')),
  set(['hub', 'baseUrl'], fc.constantFrom('/', '/jh/', '/a')),
  set(['hub', 'existingSecret'], fc.constantFrom<Json>('', 'mine', null)),
  set(['hub', 'serviceAccount', 'create'], bool),
  setK(['hub', 'extraFiles'], fc.constantFrom<Json>({ mountPath: '/etc/a.yaml', data: { a: 1 } }, { mountPath: '/b', stringData: 'x\n' })),
  set(['proxy', 'https', 'enabled'], bool),
  set(['proxy', 'https', 'type'], fc.constantFrom('letsencrypt', 'manual', 'secret', 'offload')),
  set(['proxy', 'https', 'hosts'], fc.array(word, { maxLength: 2 })),
  set(['proxy', 'https', 'letsencrypt', 'contactEmail'], fc.constantFrom<Json>('a@b.org', '')),
  set(['proxy', 'https', 'manual'], fc.constantFrom<Json>({ cert: 'C', key: 'K' }, {})),
  set(['proxy', 'traefik', 'extraStaticConfig'], fc.constantFrom<Json>({ log: { level: 'INFO' } }, {}, null)),
  set(['proxy', 'secretToken'], fc.constantFrom<Json>('tok', '', null)),
  set(['proxy', 'chp', 'extraCommandLineFlags'], fc.constantFrom<Json>(['--x={{ .Release.Name }}'], [])),
  set(['proxy', 'service', 'type'], fc.constantFrom('ClusterIP', 'LoadBalancer', 'NodePort')),
  setK(['prePuller', 'extraImages'], fc.record({ name: word, tag: word })),
  set(['prePuller', 'hook', 'enabled'], bool),
  set(['prePuller', 'continuous', 'enabled'], bool),
  set(['scheduling', 'userScheduler', 'enabled'], bool),
  set(['scheduling', 'podPriority', 'enabled'], bool),
  set(['scheduling', 'userPlaceholder', 'enabled'], bool),
  set(['singleuser', 'image', 'tag'], word),
  set(['singleuser', 'networkPolicy', 'enabled'], bool),
  setK(['singleuser', 'extraFiles'], fc.constantFrom<Json>({ mountPath: '/c.json', data: { b: [1] } })),
  set(['imagePullSecret', 'create'], bool),
  set(['imagePullSecret', 'username'], word),
  set(['httpRoute', 'enabled'], bool),
  set(['rbac', 'create'], bool),
  set(['debug', 'enabled'], bool),
  set(['fullnameOverride'], fc.constantFrom<Json>('', 'jh', null)),
  set(['nameOverride'], fc.constantFrom<Json>('', 'nm', null)),
  setK(['custom'], json),
  fc.tuple(fc.constantFrom('custom', 'hub', 'ingress', 'anything', 'proxy', 'singleuser'), key, json).map(([a, b, v]) => ({ path: [a, b], value: v })),
  fc.constantFrom<Path>(['ingress'], ['hub', 'extraConfig'], ['custom'], ['prePuller', 'extraImages'], ['proxy', 'https'], ['hub', 'services']).map(
    (p): Edit => ({ path: p, delete: true }),
  ),
);

function apply(state: JsonObject, e: Edit): JsonObject {
  return 'delete' in e ? deleteIn(state, e.path) : setIn(state, e.path, e.value);
}

const opts = (randomBytes: (n: number) => Uint8Array) => ({ release: 'jupyterhub', namespace: 'jupyterhub', randomBytes });

function checkSequence(base: JsonObject, edits: Edit[], seed: number, revert: boolean): void {
  const reader = session(seed);
  let state = base;
  const states = [state];
  for (const e of edits) states.push((state = apply(state, e)));
  // going back to an earlier state (undo) must not be served stale results either
  if (revert) states.push(...states.slice(0, -1).reverse());
  for (const s of states) {
    const inc = renderChart(s, opts(reader()));
    const incText = manifestsToYaml(inc.objects);
    const fresh = withoutCaches(() => {
      const r = renderChart(structuredClone(s), opts(reader()));
      return { r, text: manifestsToYaml(r.objects) };
    });
    expect(inc.errors).toEqual(fresh.r.errors);
    expect(incText).toBe(fresh.text);
    expect(inc.objects).toEqual(fresh.r.objects);
  }
}

describe('incremental render = cache-free render', () => {
  it('after each of a sequence of small edits, from the goldens and the sample', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(bases)),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (name, edits, seed, revert) => checkSequence(bases[name]!, edits, seed, revert),
      ),
      { numRuns: 120 },
    );
  });

  it('on the stress config: typing into a host and a snippet, and random edits', () => {
    const stress = stressValues() as JsonObject;
    const typing: Edit[] = [];
    for (let i = 1; i <= 4; i++) typing.push({ path: ['ingress', 'hosts', 0], value: `typed${'x'.repeat(i)}.org` });
    for (let i = 1; i <= 4; i++) typing.push({ path: ['hub', 'extraConfig', '00-stress'], value: `# typed\n${'y'.repeat(i)}\n` });
    checkSequence(stress, typing, 3, true);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 2 }), (edits, seed) =>
        checkSequence(stress, edits, seed, false),
      ),
      { numRuns: 8 },
    );
  });

  it('gives the same objects again while nothing they depend on changed', () => {
    const reader = session(1);
    const a = renderChart(bases.sample!, opts(reader()));
    const b = renderChart(setIn(bases.sample!, ['ingress', 'hosts', 0], 'other.example.org'), opts(reader()));
    const kinds = (r: typeof a, same: boolean) =>
      r.objects
        .filter((o) => (a.objects.find((x) => x.source === o.source && x.object === o.object) !== undefined) === same)
        .map((o) => `${o.object.kind}/${(o.object.metadata as { name: string }).name}`);
    // the edit reaches the Ingress, Secret hub (values.yaml) and Deployment hub (its checksum) only
    expect(kinds(b, false).sort()).toEqual(['Deployment/hub', 'Ingress/jupyterhub', 'Secret/hub']);
    expect(kinds(b, true).length).toBe(b.objects.length - 3);
  });
});
