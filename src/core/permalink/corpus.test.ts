import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deepEqual, type JsonObject } from '../model/json.ts';
import { restoreText } from '../restore/restore-text.ts';
import { getIn } from '../model/paths.ts';
import { initialState, type WizardState } from '../model/state.ts';
import { fromBase64url } from './base64url.ts';
import { DICTIONARY_V1_TEXT } from './dictionary-v1.ts';
import { decodePermalink, encodePermalink, findSecrets, measurePermalink, omittedPlaces, SECRET_PLACEHOLDER, type SecretFinding } from './index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const samplePath = path.join(corpus, 'permalink-sample.yaml');

function yamlFiles(dir: string): string[] {
  return readdirSync(path.join(corpus, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => path.join(corpus, dir, f));
}

const files = [...yamlFiles('real-configs'), ...yamlFiles('synthetic'), samplePath];

/** The values the wizard holds for a file: imported as the page imports it (read as helm reads it, unwrapped, upgraded). */
function valuesOf(file: string): JsonObject {
  const result = restoreText(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  return result.values;
}

/** The JSON a fragment carries, before any restore. */
function inflated(fragment: string): string {
  const bytes = fromBase64url(fragment.slice('z1.'.length))!;
  return new TextDecoder().decode(inflateSync(bytes.subarray(0, bytes.length - 4), { dictionary: new TextEncoder().encode(DICTIONARY_V1_TEXT) }));
}

/** The text of each secret found that the values hold only once (`xxx` or `mock-key` also stand elsewhere). */
function secretTexts(values: JsonObject, findings: SecretFinding[]): string[] {
  const all = JSON.stringify(values);
  const once = (text: string) => all.indexOf(text) === all.lastIndexOf(text);
  return findings
    .map((f) => {
      const at = getIn(values, f.path);
      if (f.cut.kind === 'key') return String(f.path[f.path.length - 1]);
      if (f.cut.kind === 'text') return String(at).slice(f.cut.start, f.cut.end);
      return typeof at === 'string' || typeof at === 'number' ? String(at) : JSON.stringify(at);
    })
    .filter((text) => text.length >= 3 && once(JSON.stringify(text).slice(1, -1)));
}

function stateWith(values: JsonObject): WizardState {
  return {
    release: 'hub-prod',
    namespace: 'jupyter',
    kubeVersion: '1.30',
    values,
    certManager: { issuerName: 'letsencrypt-staging', email: 'ops@example.org', acmeServer: 'staging', solverIngressClass: 'traefik' },
  };
}

describe('permalink round trip over the corpus', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of files) {
    const name = path.relative(corpus, file);

    it(`${name}: opens to the very same setup with includeSecrets`, () => {
      const state = stateWith(valuesOf(file));
      const { fragment, omitted } = encodePermalink(state, { includeSecrets: true });
      expect(omitted).toEqual([]);
      expect(fragment).toMatch(/^z1\.[A-Za-z0-9_-]+$/);
      const opened = decodePermalink(fragment);
      if (!opened.ok) throw new Error(opened.error.message);
      expect(deepEqual(opened.state.values, state.values)).toBe(true);
      expect(opened.state).toEqual(state);
      expect(opened.warnings).toEqual([]);
    });

    it(`${name}: leaves its secrets out by default and names them`, () => {
      const values = valuesOf(file);
      const secrets = findSecrets(values);
      const { fragment, omitted } = encodePermalink(stateWith(values));
      expect(omitted).toEqual(secrets);
      const opened = decodePermalink(fragment);
      if (!opened.ok) throw new Error(opened.error.message);
      expect(findSecrets(opened.state.values)).toEqual([]);
      expect(opened.omittedSecrets).toEqual(omittedPlaces(secrets));
      if (secrets.length > 0) expect(opened.warnings.join(' ')).toContain(secrets[0]!.where);
      // each secret's text is gone from what the link carries
      const carried = inflated(fragment);
      for (const text of secretTexts(values, secrets)) expect(carried).not.toContain(JSON.stringify(text).slice(1, -1));
      const text = JSON.stringify(opened.state.values);
      for (const s of secrets) {
        if (s.cut.kind === 'text') expect(text).toContain(SECRET_PLACEHOLDER);
      }
    });
  }
});

describe('permalink size', () => {
  const sample = valuesOf(samplePath);

  it('keeps the 1,473-byte sample within 700 characters after #', () => {
    const { fragment } = encodePermalink({ ...initialState(), values: sample });
    expect(fragment.length).toBeLessThanOrEqual(700);
    expect(measurePermalink(sample)).toBe(fragment.length);
  });

  it('beats plain deflate of the same values', () => {
    const plain = deflateSync(new TextEncoder().encode(JSON.stringify(sample)), { level: 9 });
    const plainChars = Math.ceil((plain.length * 4) / 3);
    expect(measurePermalink(sample)).toBeLessThan(plainChars * 0.6);
  });

  it('the empty setup is a short link', () => {
    expect(measurePermalink({})).toBeLessThan(40);
  });
});
