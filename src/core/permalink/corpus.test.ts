import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deepEqual, type JsonObject } from '../model/json.ts';
import { restoreText } from '../restore/restore-text.ts';
import { initialState, type WizardState } from '../model/state.ts';
import { decodePermalink, encodePermalink, findSecrets, measurePermalink, SECRET_PLACEHOLDER } from './index.ts';

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

function stateWith(values: JsonObject): WizardState {
  return {
    release: 'hub-prod',
    namespace: 'jupyter',
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
      expect(opened.omittedSecrets).toEqual([...new Set(secrets.map((s) => s.where))]);
      if (secrets.length > 0) expect(opened.warnings.join(' ')).toContain(secrets[0]!.where);
      // nothing but the secrets changed: each secret string is gone from the link's values
      const text = JSON.stringify(opened.state.values);
      for (const s of secrets) {
        if (s.line !== undefined) expect(text).toContain(SECRET_PLACEHOLDER);
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
