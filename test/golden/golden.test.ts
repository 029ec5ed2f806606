import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manifestsToYaml, renderChart, renderRelease } from '../../src/core/chart/index.ts';
import { parseValuesYaml } from '../../src/core/chart/values-yaml.ts';
import { renderCommand } from '../../src/cli/commands/render.ts';
import type { JsonObject } from '../../src/core/model/json.ts';
import { compareStreams, helmErrorText } from './compare.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const configsDir = path.join(here, 'configs');
const expectedDir = path.join(here, 'expected');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/real-configs');
const corpusExpectedDir = path.join(here, 'corpus-expected');

/**
 * Goldens that do not match yet, with the reason. Keep this list honest and short: the
 * comparison itself is never loosened for them.
 */
export const knownMismatches: Record<string, string> = {};

interface Case {
  name: string;
  values: JsonObject;
  configFile: string;
  release: string;
  namespace: string;
  /** `render --kube-version`, when the .args file gives one (helm got it as `v<major>.<minor>.<patch>`) */
  kubeVersion?: string;
  expected?: string;
  error?: string;
}

function goldenCases(): Case[] {
  return readdirSync(configsDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.yaml$/, '');
      const argsFile = path.join(configsDir, `${name}.args`);
      const [release = 'jupyterhub', namespace = 'jupyterhub', kubeVersion] = existsSync(argsFile)
        ? readFileSync(argsFile, 'utf8').trim().split(/\s+/)
        : [];
      const configFile = path.join(configsDir, f);
      const expectedFile = path.join(expectedDir, `${name}.yaml`);
      const errorFile = path.join(expectedDir, `${name}.error.txt`);
      return {
        name,
        configFile,
        values: (parseValuesYaml(readFileSync(configFile, 'utf8')) ?? {}) as JsonObject,
        release,
        namespace,
        ...(kubeVersion !== undefined ? { kubeVersion } : {}),
        expected: existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : undefined,
        error: existsSync(errorFile) ? readFileSync(errorFile, 'utf8') : undefined,
      };
    });
}

/** The z2jh values of a corpus file, from where SOURCES.tsv says they sit. */
function corpusCases(): Case[] {
  if (!existsSync(path.join(corpusDir, 'SOURCES.tsv'))) return [];
  const rows = readFileSync(path.join(corpusDir, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1);
  const out: Case[] = [];
  for (const row of rows) {
    const cols = row.split('\t');
    const file = cols[0]!;
    const location = cols[8]!;
    const expectedFile = path.join(corpusExpectedDir, file);
    if (cols[10] !== 'valid' || !existsSync(expectedFile)) continue;
    let values = parseValuesYaml(readFileSync(path.join(corpusDir, file), 'utf8')) as Record<string, unknown> | null;
    if (location !== 'top-level') {
      for (const key of location.split('.')) values = ((values ?? {})[key] as Record<string, unknown> | null) ?? {};
    }
    out.push({
      name: `corpus/${file}`,
      configFile: path.join(corpusDir, file),
      values: (values ?? {}) as JsonObject,
      release: 'jupyterhub',
      namespace: 'jupyterhub',
      expected: readFileSync(expectedFile, 'utf8'),
    });
  }
  return out;
}

function check(c: Case): string[] {
  // As helm: the values schema first, then the templates.
  const result = renderRelease(c.values, { release: c.release, namespace: c.namespace, ...(c.kubeVersion ? { kubeVersion: c.kubeVersion } : {}) });
  if (c.error !== undefined) {
    if (result.errors.length === 0) return ['expected a refusal, got manifests'];
    const ours = `Error: ${result.errors[0]!.message}\n`;
    // helm lists schema violations in an order that changes from run to run: compare them as a set.
    const same = ours.includes("don't meet the specifications")
      ? sortedLines(ours) === sortedLines(helmErrorText(c.error))
      : ours === helmErrorText(c.error);
    return same ? [] : [`error text differs:\nours: ${JSON.stringify(ours)}\nhelm: ${JSON.stringify(helmErrorText(c.error))}`];
  }
  if (result.errors.length) return [`unexpected refusal: ${result.errors.map((e) => e.message).join('\n')}`];
  return compareStreams(manifestsToYaml(result.objects), c.expected!);
}

const cases = [...goldenCases(), ...corpusCases()];

describe('golden manifests (helm template parity)', () => {
  it('has at least 20 configs and the 4.4.0-valid corpus files', () => {
    expect(goldenCases().length).toBeGreaterThanOrEqual(20);
    expect(corpusCases().length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    const known = knownMismatches[c.name];
    it.skipIf(known !== undefined)(c.name, () => {
      expect(check(c)).toEqual([]);
    });
  }

  it('fails when a field is wrong (the comparison can fail)', () => {
    const c = goldenCases().find((x) => x.name === '03-ingress-one-host')!;
    // rendered objects are read-only (the renderer hands them out again, and their text is
    // remembered once printed): break copies
    const rendered = renderChart(c.values, { release: c.release, namespace: c.namespace });
    let result = structuredClone(rendered);
    const ingress = result.objects.find((o) => o.object.kind === 'Ingress')!;
    const spec = ingress.object.spec as { rules: { host?: string }[] };
    spec.rules[0]!.host = 'wrong.example.org';
    expect(compareStreams(manifestsToYaml(result.objects), c.expected!).join('\n')).toMatch(/host/);
    // a checksum annotation that is missing is caught too
    result = structuredClone(rendered);
    const hub = result.objects.find((o) => o.object.kind === 'Deployment' && (o.object.metadata as { name: string }).name === 'hub')!;
    const ann = ((hub.object.spec as Record<string, any>).template.metadata.annotations ?? {}) as Record<string, unknown>;
    delete ann['checksum/secret'];
    expect(compareStreams(manifestsToYaml(result.objects), c.expected!).join('\n')).toMatch(/checksum\/secret/);
  });

  it('generates random secrets of the right form, and is deterministic given randomBytes', () => {
    let seed = 7;
    const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) & 0xff));
    const a = renderChart({}, { release: 'jupyterhub', namespace: 'jupyterhub', randomBytes });
    seed = 7;
    const b = renderChart({}, { release: 'jupyterhub', namespace: 'jupyterhub', randomBytes });
    expect(manifestsToYaml(a.objects)).toEqual(manifestsToYaml(b.objects));
    const secret = a.objects.find((o) => o.object.kind === 'Secret')!.object.data as Record<string, string>;
    const dec = (k: string) => Buffer.from(secret[k]!, 'base64').toString();
    expect(dec('hub.config.ConfigurableHTTPProxy.auth_token')).toMatch(/^[A-Za-z0-9]{64}$/);
    expect(dec('hub.config.JupyterHub.cookie_secret')).toMatch(/^[0-9a-f]{64}$/);
    expect(dec('hub.config.CryptKeeper.keys')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('CLI render', () => {
  for (const c of goldenCases()) {
    const known = knownMismatches[c.name];
    it.skipIf(known !== undefined)(`render ${c.name}`, async () => {
      let out = '';
      let err = '';
      const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), readFile: (p: string) => readFileSync(p, 'utf8') };
      const args = [c.configFile];
      if (c.release !== 'jupyterhub') args.push('--release', c.release);
      if (c.namespace !== 'jupyterhub') args.push('--namespace', c.namespace);
      if (c.kubeVersion !== undefined) args.push('--kube-version', c.kubeVersion);
      const code = await renderCommand.run(args, io);
      if (c.error !== undefined) {
        expect(code).toBe(1);
        expect(sortedLines(err)).toBe(sortedLines(helmErrorText(c.error)));
      } else {
        expect(err).toBe('');
        expect(code).toBe(0);
        expect(compareStreams(out, c.expected!)).toEqual([]);
      }
    });
  }
});

function sortedLines(text: string): string {
  return text.split('\n').sort().join('\n');
}
