import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { configCommand } from '../../cli/commands/config.ts';
import schema from '../data/values.schema.structure.json' with { type: 'json' };
import { chartDefaults } from '../model/chart-defaults.ts';
import { isObject, type Json, type JsonObject } from '../model/json.ts';
import { deleteIn, getIn, setIn } from '../model/paths.ts';
import { initialState, type WizardState } from '../model/state.ts';
import { mergeDocuments as helmMerge } from '../values/merge-documents.ts';
import { restoreText as importConfig } from './restore-text.ts';
import type { ImportSuccess } from './types.ts';
import { upgradeValues } from '../config/upgrade.ts';
import { prepareImport } from '../config/imported-text.ts';
import { validateState } from '../validate/index.ts';
import { writeConfig } from '../config/write-config-for-state.ts';
import { helmYamlOptions } from '../values/yaml-reader.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = resolve(repoRoot, '../shared/corpus');
const realDir = join(corpus, 'real-configs');
const realFiles = readdirSync(realDir).filter((f) => f.endsWith('.yaml')).sort();
const synthetic = join(corpus, 'synthetic/0.7-era-typical.yaml');

/** SOURCES.tsv: which files chart 4.4.0 accepts as they are. */
const validity = new Map(
  readFileSync(join(realDir, 'SOURCES.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map((cols) => [cols[0]!, cols[cols.length - 1] === 'valid'] as const),
);

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

function imported(text: string): ImportSuccess {
  const result = importConfig(text);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result;
}

function stateOf(result: ImportSuccess): WizardState {
  return { ...initialState(), values: result.values, imported: result.imported };
}

/** The file's data as Helm reads it (all documents merged). */
function dataOf(text: string): JsonObject {
  let data: JsonObject = {};
  for (const doc of parseAllDocuments(text, helmYamlOptions) as ReturnType<typeof parseAllDocuments> & unknown[]) {
    const js = (doc as { toJS(o: object): unknown }).toJS({ maxAliasCount: 1000 });
    if (isObject(js)) data = helmMerge(data, js as JsonObject);
  }
  return data;
}

function commentLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('#'));
}

/** Helm validates the user's values coalesced over the chart's defaults. */
function coalesce(defaults: Json, values: Json): Json {
  if (!isObject(defaults) || !isObject(values)) return values;
  const out: JsonObject = { ...defaults };
  for (const [k, v] of Object.entries(values)) {
    if (v === null) delete out[k];
    else out[k] = coalesce(defaults[k] as Json, v);
  }
  return out;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

function schemaErrors(values: JsonObject): string[] {
  const ok = validate(coalesce(chartDefaults, values));
  return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

describe('the corpus of real configs', () => {
  it('has the files the tests expect', () => {
    expect(realFiles.length).toBe(21);
  });

  for (const file of realFiles) {
    const text = read(join(realDir, file));
    const valid = validity.get(file);

    it(`${file}: imports, and a download without edits keeps every key and comment`, () => {
      const result = imported(text);
      const out = writeConfig(stateOf(result));
      if (valid) {
        expect(result.changes).toEqual([]);
        expect(out).toBe(text);
        return;
      }
      expect(result.changes.length).toBeGreaterThan(0);
      // the data is the upgraded data, with everything outside the wrapper untouched
      const expected = result.imported.wrapperPath.length
        ? setIn(dataOf(text), result.imported.wrapperPath, result.values)
        : result.values;
      expect(dataOf(out)).toEqual(expected);
      const kept = new Set(commentLines(out));
      expect(commentLines(text).filter((c) => !kept.has(c))).toEqual([]);
      // lines that are not comments change only where the upgrade did something
      expect(out).not.toBe(text);
    });

    if (valid === false) {
      it(`${file}: upgrades to values that chart 4.4.0's schema accepts`, () => {
        const result = imported(text);
        const errors = schemaErrors(result.values);
        // 22 sets imagePullSecret.create without credentials (they come from a secret values file);
        // the upgrade cannot invent them.
        const expectedErrors = file.startsWith('22-') ? errors.filter((e) => e.startsWith('/imagePullSecret')) : [];
        expect(errors).toEqual(expectedErrors);
        expect(schemaErrors(dataOf(text) && (getIn(dataOf(text), result.imported.wrapperPath) as JsonObject))).not.toEqual([]);
      });
    }
  }

  it('finds the wrappers that SOURCES.tsv records', () => {
    const rows = read(join(realDir, 'SOURCES.tsv')).trim().split('\n').slice(1).map((l) => l.split('\t'));
    for (const cols of rows) {
      const location = cols[8]!;
      const result = imported(read(join(realDir, cols[0]!)));
      expect([cols[0], result.imported.wrapperPath.join('.') || 'top-level']).toEqual([cols[0], location]);
    }
  });
});

describe('upgrading old configs', () => {
  const text = read(synthetic);

  it('upgrades the synthetic 0.7-era config to values the 4.4.0 schema accepts', () => {
    const result = imported(text);
    expect(schemaErrors(dataOf(text))).not.toEqual([]);
    expect(schemaErrors(result.values)).toEqual([]);
    expect(result.notices.join('\n')).toMatch(/older chart/);
    const v = result.values;
    expect(getIn(v, ['scheduling', 'userScheduler', 'enabled'])).toBe(true);
    expect(getIn(v, ['custom', 'myString'])).toBe('hi');
    expect(getIn(v, ['hub', 'extraConfig'])).toEqual({ '00-legacy': "c.Spawner.cmd = ['jupyter-labhub']\n" });
    expect(getIn(v, ['hub', 'image', 'pullPolicy'])).toBe('IfNotPresent');
    expect(getIn(v, ['hub', 'config', 'JupyterHub', 'authenticator_class'])).toBe('github');
    expect(getIn(v, ['singleuser', 'cloudMetadata'])).toBeUndefined(); // enabled: false = blockWithIptables: true, the default
    expect(getIn(v, ['ingress', 'annotations'])).toEqual({ 'cert-manager.io/cluster-issuer': 'letsencrypt' });
    expect(result.certManager).toEqual({ issuerName: 'letsencrypt' });
    // proxy.https was on by default in 0.7, but beside the Ingress it would make browsers loop: the
    // upgrade keeps it off, and the result has no conflict of its own making
    expect(getIn(v, ['proxy', 'https', 'enabled'])).toBe(false);
    expect(validateState(stateOf(result)).map((p) => p.code)).not.toContain('autohttps-with-ingress');
    // one line per setting: the tls-acme annotation converted, then dropped, is one change
    expect(result.changes.filter((c) => c.path.includes('tls-acme'))).toHaveLength(1);
    expect(getIn(v, ['rbac'])).toBeUndefined();
    expect(getIn(v, ['cull'])).toBeUndefined();
    expect(getIn(v, ['prePuller', 'extraImages'])).toBeUndefined();
    const paths = result.changes.map((c) => c.path);
    for (const p of ['singleuser.schedulerStrategy', 'hub.extraConfigMap', 'hub.extraConfig', 'auth.type', 'hub.uid', 'hub.fsGid', 'rbac.enabled', 'cull.podCuller', 'prePuller.hook.extraEnv']) {
      expect(paths).toContain(p);
    }
    for (const c of result.changes) expect(c.why.length).toBeGreaterThan(20);
  });

  it('keeps comments of moved blocks and writes the upgrade into the download', () => {
    const old = [
      '# my hub',
      'hub:',
      '  extraConfigMap:',
      '    # sizes per course',
      '    sizes: {a: 1}',
      '  extraConfig: |',
      '    print(z2jh.get_config("hub.extraConfigMap.sizes"))',
      'singleuser:',
      '  schedulerStrategy: spread  # keep users apart',
      'cull:',
      '  timeout: 600',
      '',
    ].join('\n');
    const result = imported(old);
    const out = writeConfig(stateOf(result));
    expect(out).toContain('# sizes per course');
    expect(out).toContain('# my hub');
    expect(out).toContain('get_config("custom.sizes")');
    expect(dataOf(out)).toEqual(result.values);
    expect(getIn(result.values, ['scheduling', 'userScheduler', 'enabled'])).toBe(false);
    expect(schemaErrors(result.values)).toEqual([]);
    // custom comes before hub, as in the chart's values.yaml
    expect(out.indexOf('custom:')).toBeLessThan(out.indexOf('hub:'));
  });

  it('converts list extraImages, boolean annotations, prePuller.enabled and cloudMetadata.enabled', () => {
    const { values, changes } = upgradeValues({
      prePuller: { enabled: false, extraImages: [{ name: 'jupyter/datascience-notebook', tag: 'x' }, { name: 'jupyter/datascience-notebook', tag: 'y' }] },
      singleuser: { cloudMetadata: { enabled: true } },
      hub: { annotations: { 'prometheus.io/scrape': true, 'prometheus.io/port': 8081 } },
      proxy: { pdb: { minAvailable: 0 }, networkPolicy: { enabled: true } },
    });
    expect(values).toEqual({
      prePuller: {
        extraImages: {
          'datascience-notebook': { name: 'jupyter/datascience-notebook', tag: 'x' },
          'datascience-notebook-2': { name: 'jupyter/datascience-notebook', tag: 'y' },
        },
        hook: { enabled: false },
        continuous: { enabled: false },
      },
      singleuser: { cloudMetadata: { blockWithIptables: false } },
      hub: { annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '8081' } },
      proxy: { chp: { pdb: { minAvailable: 0 }, networkPolicy: { enabled: true } } },
    });
    expect(changes.length).toBeGreaterThanOrEqual(6);
    expect(schemaErrors(values)).toEqual([]);
  });

  it('leaves valid values alone (same object, no changes)', () => {
    const values = { hub: { config: { JupyterHub: { authenticator_class: 'github' } } } };
    const result = upgradeValues(values);
    expect(result.values).toBe(values);
    expect(result.changes).toEqual([]);
  });
});

describe('editing an imported file', () => {
  const text = read(join(realDir, '27-earthlab-hub-ops-ea-hub-2021.yaml'));
  const wrapped = read(join(realDir, '20-2i2c-org-infrastructure-utoronto-prod.yaml'));

  it('changes ingress.hosts in place and keeps the comments and the rest byte for byte', () => {
    const result = imported(wrapped);
    const state = stateOf(result);
    const values = setIn(state.values, ['ingress', 'hosts'], ['hub.example.org']);
    const out = writeConfig({ ...state, values });
    expect(dataOf(out)).toEqual(setIn(dataOf(wrapped), ['jupyterhub', 'ingress', 'hosts'], ['hub.example.org']));
    for (const c of commentLines(wrapped)) expect(out).toContain(c);
    const changed = out.split('\n').filter((l, i) => l !== wrapped.split('\n')[i]);
    expect(changed.length).toBeLessThanOrEqual(2);
  });

  it('removes a key, adds keys in chart order, and keeps comments', () => {
    const result = imported(text);
    const state = stateOf(result);
    let values = deleteIn(state.values, ['proxy', 'service', 'type']);
    values = setIn(values, ['cull', 'timeout'], 1800);
    values = setIn(values, ['singleuser', 'defaultUrl'], '/lab');
    const out = writeConfig({ ...state, values });
    expect(dataOf(out)).toEqual(values);
    for (const c of commentLines(text)) expect(out).toContain(c);
    expect(out).not.toContain('type: ClusterIP');
    // in the chart's order cull follows ingress (scheduling comes before both): it goes after the ingress block
    expect(out).toContain('        - hub.earthdatascience.org\n\ncull:\n  timeout: 1800\n\n# make the user nodes');
    // defaultUrl follows the chart's order inside singleuser: after memory, before startTimeout? (cmd, defaultUrl come after memory)
    expect(out.indexOf('defaultUrl: /lab')).toBeGreaterThan(out.indexOf('guarantee: 8G'));
  });

  it('keeps everything outside the wrapper when adding a new top-level key', () => {
    const result = imported(wrapped);
    const state = stateOf(result);
    const values = setIn(state.values, ['debug', 'enabled'], true);
    const out = writeConfig({ ...state, values });
    expect(out.startsWith(wrapped.slice(0, wrapped.indexOf('\n')))).toBe(true);
    expect(getIn(dataOf(out), ['jupyterhub', 'debug', 'enabled'])).toBe(true);
    expect(dataOf(out)).toEqual(setIn(dataOf(wrapped), ['jupyterhub', 'debug', 'enabled'], true));
  });

  it('reads a large file once for repeated downloads (the parse is memoized)', () => {
    const big = read(join(realDir, '18-2i2c-org-infrastructure-basehub-values.yaml'));
    const state = stateOf(imported(big));
    const first = prepareImport(state.imported!.text, state.imported!.wrapperPath);
    expect(first).toBeDefined();
    writeConfig(state);
    expect(prepareImport(state.imported!.text, state.imported!.wrapperPath)).toBe(first);
  });

  it('writes a fresh config when nothing was imported', () => {
    expect(writeConfig({ ...initialState(), values: { debug: { enabled: true } } })).toBe('debug:\n  enabled: true\n');
  });
});

describe('bad and unusual input', () => {
  it('reports YAML syntax errors with line, column and the offending text', () => {
    const result = importConfig('hub:\n  baseUrl: /x\n  config: [1, 2\nproxy: {}\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/syntax error/i);
    expect(result.error.line).toBeGreaterThan(0);
    expect(result.error.col).toBeGreaterThan(0);
    expect(typeof result.error.snippet).toBe('string');
  });

  it('refuses a document that is not a mapping', () => {
    const result = importConfig('- a\n- b\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/mapping/);
    expect(importConfig('just a string\n').ok).toBe(false);
  });

  it('treats an empty file as an empty config', () => {
    for (const text of ['', '\n', '# nothing yet\n']) {
      const result = imported(text);
      expect(result.values).toEqual({});
      expect(writeConfig(stateOf(result))).toBe(text);
      const out = writeConfig({ ...stateOf(result), values: { debug: { enabled: true } } });
      expect(dataOf(out)).toEqual({ debug: { enabled: true } });
    }
  });

  it('refuses alias bombs and files over the size limit', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]', ''].join('\n');
    const result = importConfig(bomb);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/alias/);
    const big = importConfig(`hub:\n  extraConfig:\n    x: "${'a'.repeat(1_000_001)}"\n`);
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.error.message).toMatch(/MB/);
    expect(importConfig('debug: {enabled: true}\n', { maxBytes: 10 }).ok).toBe(false);
  });

  it('reports repeated keys: a notice by default (Helm keeps the last), an error on request', () => {
    const text = 'hub:\n  cookieSecret: x\nproxy:\n  secretToken: yy\nhub:\n  baseUrl: /a/\n';
    const warned = imported(text);
    expect(warned.values).toEqual({ hub: { baseUrl: '/a/' }, proxy: { secretToken: 'yy' } });
    expect(warned.notices.join('\n')).toMatch(/"hub" appears twice \(lines 1 and 5\)/);
    const strict = importConfig(text, { duplicateKeys: 'error' });
    expect(strict.ok).toBe(false);
    if (!strict.ok) {
      expect(strict.error.message).toMatch(/"hub"/);
      expect(strict.error.line).toBe(5);
    }
    // the download edits the block Helm reads
    const out = writeConfig({ ...stateOf(warned), values: setIn(warned.values, ['hub', 'baseUrl'], '/b/') });
    expect(out).toBe(text.replace('/a/', '/b/'));
  });

  it('merges several documents the way Helm does, and says so', () => {
    const text = 'hub:\n  baseUrl: /a/\n  cookieSecret: s\nsingleuser:\n  image: {name: x}\n---\n# second\nhub:\n  cookieSecret: null\nsingleuser:\n  image:\n    tag: "1"\n';
    const result = imported(text);
    // as helm 4.1.4 reads it: a null in a later document stays (it removes the chart's default later)
    expect(result.values).toEqual({ hub: { baseUrl: '/a/', cookieSecret: null }, singleuser: { image: { name: 'x', tag: '1' } } });
    expect(result.notices.join('\n')).toMatch(/2 YAML documents/);
    expect(writeConfig(stateOf(result))).toBe(text);
    const values = setIn(result.values, ['hub', 'baseUrl'], '/b/');
    const out = writeConfig({ ...stateOf(result), values });
    expect(dataOf(out)).toEqual(values);
    expect(out).toContain('# second');
  });

  it('never throws', () => {
    for (const text of ['a: *nope\n', '? [a]\n: b\n', '!!binary x\n', 'a: .inf\n', '\t\n', '{', ']]]']) {
      expect(() => importConfig(text)).not.toThrow();
    }
  });
});

describe('the config command', () => {
  function run(text: string) {
    let out = '';
    let err = '';
    const code = configCommand.run(['f.yaml'], { out: (t) => (out += t), err: (t) => (err += t), readFile: () => text });
    return { code, out, err };
  }

  it('prints the upgraded file with its wrapper and comments, and the changes on stderr', () => {
    const text = read(join(realDir, '16-jupyterhub-mybinder.org-deploy-values-2018.yaml'));
    const { code, out, err } = run(text);
    expect(code).toBe(0);
    expect(out).toContain('# Add banned repositories to the list below');
    expect(out).toContain('binderhub:');
    expect(out).not.toContain('schedulerStrategy');
    expect(err).toMatch(/changed: singleuser.schedulerStrategy/);
  });

  it('fails with a message for bad input', () => {
    const { code, out, err } = run('a: [\n');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^f\.yaml:\d+:\d+: YAML syntax error/);
  });
});
