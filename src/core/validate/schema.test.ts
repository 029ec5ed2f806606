import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatPath, type JsonObject } from '../model/json.ts';
import { mergeWithDefaults } from './merge.ts';
import { formatHelmSchemaErrors, pointerToPath, validateSchema } from './schema.ts';

const repoRoot = join(__dirname, '../../..');
const corpusDir = join(repoRoot, '../shared/corpus');

function readValues(file: string, wrapper: string): JsonObject {
  let data = parse(readFileSync(file, 'utf8'), { merge: true, uniqueKeys: false }) as JsonObject;
  if (wrapper !== 'top-level') for (const key of wrapper.split('.')) data = data[key] as JsonObject;
  return data;
}

const sources = readFileSync(join(corpusDir, 'real-configs/SOURCES.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map((cols) => ({ file: cols[0]!, wrapper: cols[8]!, verdict: cols[10]! }));

const paths = (values: JsonObject) => validateSchema(values).map((p) => formatPath(p.path)).sort();

describe('the generated validator', () => {
  it('is up to date with values.schema.structure.json (run `npm run schema:build`)', () => {
    const fresh = execFileSync(process.execPath, [join(repoRoot, 'scripts/build-schema-validator.mjs'), '--stdout'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const committed = readFileSync(join(__dirname, 'generated/values-schema-validator.js'), 'utf8');
    expect(committed === fresh, 'src/core/validate/generated/values-schema-validator.js is stale').toBe(true);
  });

  it('needs no eval and imports nothing CommonJS', () => {
    const code = readFileSync(join(__dirname, 'generated/values-schema-validator.js'), 'utf8');
    expect(code).not.toMatch(/\brequire\(|new Function|\beval\(/);
  });
});

describe('helm-like merge', () => {
  it('a null deletes a key the defaults have, and stays where they have none', () => {
    const merged = mergeWithDefaults({ hub: { baseUrl: null, extraEnv: { A: null } } });
    expect(Object.hasOwn(merged.hub as JsonObject, 'baseUrl')).toBe(false);
    expect((merged.hub as JsonObject).extraEnv).toEqual({ A: null });
  });
  it('lists replace, maps merge', () => {
    const merged = mergeWithDefaults({ ingress: { hosts: ['a.org'] } });
    expect((merged.ingress as JsonObject).hosts).toEqual(['a.org']);
    expect((merged.ingress as JsonObject).pathType).toBe('Prefix');
  });
});

describe('validateSchema', () => {
  it('accepts an empty config and the chart defaults', () => {
    expect(validateSchema({})).toEqual([]);
    expect(validateSchema(null)).toEqual([]);
  });

  it('refuses a config that is not a mapping', () => {
    expect(validateSchema(['a'] as never)).toHaveLength(1);
  });

  const valid = sources.filter((s) => s.verdict === 'valid');
  it('has the 13 chart-4.4.0-valid corpus files', () => expect(valid).toHaveLength(13));
  for (const { file, wrapper } of valid) {
    it(`passes ${file}`, () => {
      expect(validateSchema(readValues(join(corpusDir, 'real-configs', file), wrapper))).toEqual([]);
    });
  }

  // SOURCES.tsv's verdicts (from a Python validator), as helm sees them
  const expected: Record<string, string[]> = {
    '03': ['hub.extraConfigMap', 'ingress.https'],
    '07': ['auth', 'hub.extraConfig'],
    '12': ['auth', 'hub.extraConfig', 'singleuser.storage.type', 'version'],
    '13': ['auth', 'hub.extraConfigMap', 'proxy.nodeSelector'],
    '16': ['hub.extraConfigMap', 'proxy.chp.cmd', 'proxy.networkPolicy', 'proxy.pdb', 'singleuser.schedulerStrategy'],
    '22': ['imagePullSecret.enabled', 'imagePullSecret.password', 'imagePullSecret.username', 'proxy.nodeSelector'],
    '27': ['auth'],
    '28': ['auth'],
  };
  const invalid = sources.filter((s) => s.verdict !== 'valid');
  it('knows every invalid corpus file', () => {
    expect(invalid.map((s) => s.file.slice(0, 2)).sort()).toEqual(Object.keys(expected).sort());
  });
  for (const { file, wrapper } of invalid) {
    it(`fails ${file} where expected`, () => {
      expect(paths(readValues(join(corpusDir, 'real-configs', file), wrapper))).toEqual(expected[file.slice(0, 2)]);
    });
  }

  it('fails the 0.7-era config with the violations REFERENCE.md lists', () => {
    const found = paths(readValues(join(corpusDir, 'synthetic/0.7-era-typical.yaml'), 'top-level'));
    expect(found).toEqual(
      [
        'auth',
        'cull.podCuller',
        'hub.extraConfig',
        'hub.extraConfigMap',
        'hub.imagePullPolicy',
        'hub.uid',
        'ingress.annotations["kubernetes.io/tls-acme"]',
        'prePuller.extraImages',
        'prePuller.hook.extraEnv',
        'singleuser.cloudMetadata.enabled',
        'singleuser.schedulerStrategy',
      ].sort(),
    );
  });

  it('names unknown keys, with what became of removed ones', () => {
    const [p] = validateSchema({ singleuser: { schedulerStrategy: 'pack' } });
    expect(p).toMatchObject({ code: 'schema', severity: 'error', path: ['singleuser', 'schedulerStrategy'] });
    expect(p!.message).toContain('`singleuser.schedulerStrategy` is not a setting of chart 4.4.0');
    expect(validateSchema({ hub: { baseURL: '/x/' } })[0]!.message).toContain('did you mean `hub.baseUrl`');
  });

  it('explains types: quotes for annotation booleans, tags as numbers', () => {
    const [a] = validateSchema({ ingress: { annotations: { 'nginx.ingress.kubernetes.io/ssl-redirect': true } } });
    expect(a!.path).toEqual(['ingress', 'annotations', 'nginx.ingress.kubernetes.io/ssl-redirect']);
    expect(a!.message).toContain('must be a string');
    expect(a!.message).toContain('write "true" in quotes');
    const [t] = validateSchema({ hub: { image: { tag: 3.1 } } });
    expect(t!.message).toContain('write "3.1" in quotes');
  });

  it('gives array indexes as numbers', () => {
    const data = { ingress: { hosts: ['a', 'b'] } } as const;
    expect(pointerToPath('/ingress/hosts/1', data as never)).toEqual(['ingress', 'hosts', 1]);
    expect(pointerToPath('/ingress/annotations/a~1b', {} as never)).toEqual(['ingress', 'annotations', 'a/b']);
  });

  it('reports a required key removed by null, an enum and a minimum', () => {
    const problems = validateSchema({ hub: { baseUrl: null, revisionHistoryLimit: -1 }, ingress: { pathType: 'prefix' } });
    expect(problems.map((p) => formatPath(p.path)).sort()).toEqual(['hub.baseUrl', 'hub.revisionHistoryLimit', 'ingress.pathType']);
    expect(problems.find((p) => p.path[1] === 'baseUrl')!.message).toContain('null');
  });

  it('reports extraFiles content rules once per file', () => {
    const problems = validateSchema({ hub: { extraFiles: { a: { mountPath: '/a' } } } });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toEqual(['hub', 'extraFiles', 'a']);
  });
});

describe('formatHelmSchemaErrors', () => {
  it('is null for valid values', () => {
    expect(formatHelmSchemaErrors({ hub: { baseUrl: '/x/' } })).toBeNull();
  });

  it('lays errors out as helm 4 does', () => {
    // checked against `helm template` (helm v4.1.4); helm's sibling order varies between runs
    const text = formatHelmSchemaErrors(
      parse(`
singleuser:
  schedulerStrategy: pack
  storage: {type: hostPath}
ingress:
  enabled: true
  annotations: {kubernetes.io/tls-acme: true}
hub:
  extraConfig: "c.X = 1"
  baseUrl: null
prePuller:
  extraImages: [{name: foo, tag: 1}]
proxy: {nodeSelector: {}, pdb: {}, networkPolicy: {}}
cull: {every: 1.5}
auth: {type: github}
`) as JsonObject,
    );
    expect(text).toBe(
      [
        "values don't meet the specifications of the schema(s) in the following chart(s):",
        'jupyterhub:',
        "- at '/cull/every': got number, want null or integer",
        "- at '/hub': validation failed",
        "  - at '/hub': missing property 'baseUrl'",
        "  - at '/hub/extraConfig': got string, want object",
        "- at '/ingress/annotations/kubernetes.io~1tls-acme': got boolean, want string",
        "- at '/prePuller/extraImages': got array, want object",
        "- at '/proxy': additional properties 'networkPolicy', 'nodeSelector', 'pdb' not allowed",
        "- at '/singleuser': validation failed",
        "  - at '/singleuser/storage/type': value must be one of 'dynamic', 'static', 'none'",
        "  - at '/singleuser': additional properties 'schedulerStrategy' not allowed",
        "- at '': additional properties 'auth' not allowed",
        '',
      ].join('\n'),
    );
  });

  it('nests oneOf alternatives and writes null as <nil>', () => {
    const text = formatHelmSchemaErrors({
      proxy: { https: { type: 'foo' } },
      singleuser: { extraFiles: { a: { mountPath: '/x' }, b: { mountPath: '/y', data: {}, stringData: 's' } } },
    })!;
    expect(text).toContain("- at '/proxy/https/type': value must be one of <nil>, '', 'letsencrypt', 'manual', 'offload', 'secret'");
    expect(text).toContain(
      [
        "  - at '/singleuser/extraFiles/a': 'oneOf' failed, none matched",
        "    - at '/singleuser/extraFiles/a': missing property 'data'",
        "    - at '/singleuser/extraFiles/a': missing property 'stringData'",
        "    - at '/singleuser/extraFiles/a': missing property 'binaryData'",
        "  - at '/singleuser/extraFiles/b': 'oneOf' failed, subschemas 0, 1 matched",
      ].join('\n'),
    );
  });
});
