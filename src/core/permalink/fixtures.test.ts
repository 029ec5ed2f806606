import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.ts';
import { DICTIONARY_V1_TEXT } from './dictionary-v1.ts';
import { decodePermalink, PERMALINK_FORMAT_VERSION } from './index.ts';

/**
 * One link per released format version, with what it must open to. These never change: a link
 * someone shared years ago must still open to exactly the same setup.
 */
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixtures = readdirSync(dir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => ({ file: f, ...(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Fixture) }));

interface Fixture {
  format: number;
  link: string;
  state: unknown;
  omittedSecrets: string[];
}

describe('fixture links of every released format', () => {
  it('has one fixture per format version up to this build', () => {
    const versions = fixtures.map((f) => f.format).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: PERMALINK_FORMAT_VERSION }, (_, i) => i + 1));
  });

  for (const fixture of fixtures) {
    it(`${fixture.file} opens to exactly its state`, () => {
      expect(fixture.link).toContain(`#z${fixture.format}.`);
      const result = decodePermalink(fixture.link);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.state).toStrictEqual(fixture.state);
      expect(JSON.stringify(result.state.values)).toBe(JSON.stringify((fixture.state as { values: unknown }).values));
      expect(result.omittedSecrets).toEqual(fixture.omittedSecrets);
    });
  }
});

describe('frozen dictionaries', () => {
  it('dictionary v1 is unchanged (never edit it: make dictionary-v2 and format v2 instead)', () => {
    const bytes = new TextEncoder().encode(DICTIONARY_V1_TEXT);
    expect(bytes.length).toBe(10576);
    expect(crc32(bytes).toString(16)).toBe('fae81dfa');
  });
});
