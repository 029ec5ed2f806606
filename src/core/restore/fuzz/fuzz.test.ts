// Hostile and unlucky input through every stage: seeded, so a failure names the seed to replay.
// What holds for each input: it is refused with a reason, or it goes through restore → config.yaml
// → read back (the same values) → validation → render → a link → opened (the same values), and no
// stage throws. (How long each case takes is a figure of `npm run bench`, not a test.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deepJson, handMadeLink } from './hand-made-link.ts';
import { hostileValues } from './hostile-values.ts';
import { mutateText } from './mutate-text.ts';
import { runPipeline, type FuzzOutcome } from './pipeline.ts';
import { int, seeded } from './random.ts';

const corpusDir = resolve(import.meta.dirname, '../../../../../shared/corpus/real-configs');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

function expectSound(outcome: FuzzOutcome, where: string): void {
  if (outcome.kind === 'broken') throw new Error(`${where}: ${outcome.stage}: ${outcome.detail}`);
  if (outcome.kind === 'refused') expect(outcome.message.length, `${where}: a refusal says why`).toBeGreaterThan(10);
}

describe('fuzzed imports: real configs with typos, bad pastes and hostile edits', () => {
  it.each([1, 2, 3, 4])('seed %i: 200 mutated texts', (seed) => {
    const next = seeded(seed);
    const seen = { taken: 0, refused: 0 };
    for (let i = 0; i < 200; i++) {
      let text = corpus[int(next, corpus.length)]!;
      for (let k = 1 + int(next, 4); k > 0; k--) text = mutateText(text, next);
      const outcome = runPipeline({ kind: 'text', text });
      expectSound(outcome, `seed ${seed}, case ${i}`);
      seen[outcome.kind === 'taken' ? 'taken' : 'refused']++;
    }
    // the mutations are small: most texts still read, some do not (so both paths are exercised)
    expect(seen.taken).toBeGreaterThan(60);
    expect(seen.refused).toBeGreaterThan(10);
  });
});

describe('fuzzed links: crafted envelopes with deep, wide, huge and odd values', () => {
  it.each([11, 12, 13])('seed %i: 80 hand-made links', (seed) => {
    const next = seeded(seed);
    const seen = { taken: 0, refused: 0 };
    for (let i = 0; i < 80; i++) {
      const link = handMadeLink(`{"c":"4.4.0","v":${deepJson(hostileValues(next))}}`);
      const outcome = runPipeline({ kind: 'link', link });
      expectSound(outcome, `seed ${seed}, link ${i}`);
      seen[outcome.kind === 'taken' ? 'taken' : 'refused']++;
    }
    expect(seen.taken).toBeGreaterThan(5);
    expect(seen.refused).toBeGreaterThan(5);
  });

  it('garbage after # is refused with a reason, never thrown', () => {
    const next = seeded(21);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.z#%';
    for (let i = 0; i < 300; i++) {
      const garbage = Array.from({ length: int(next, 200) }, () => alphabet[int(next, alphabet.length)]).join('');
      expectSound(runPipeline({ kind: 'link', link: next() < 0.5 ? `z1.${garbage}` : garbage }), `garbage ${i}`);
    }
  });
});

describe('fuzzed saved work: what another version, an extension or a hand left in storage', () => {
  it('seed 31: 200 envelopes', () => {
    const next = seeded(31);
    for (let i = 0; i < 200; i++) {
      const state = {
        release: next() < 0.9 ? 'jupyterhub' : 42,
        namespace: 'jupyterhub',
        values: hostileValues(next),
        certManager: { issuerName: 'x', email: '', acmeServer: next() < 0.9 ? 'production' : 'moon', solverIngressClass: 'nginx' },
        ...(next() < 0.3 ? { imported: { text: mutateText(corpus[int(next, corpus.length)]!, next), wrapperPath: [] } } : {}),
      };
      const raw = next() < 0.1 ? deepJson(state).slice(0, int(next, 200)) : `{"format":1,"state":${deepJson(state)}}`;
      expectSound(runPipeline({ kind: 'saved', raw }), `saved ${i}`);
    }
  });
});

describe('several documents, as helm merges them', () => {
  it('a later document that nulls a required key is an error, as helm says; one that keeps a removed key is upgraded out of the download', () => {
    const nulled = runPipeline({ kind: 'text', text: 'hub:\n  baseUrl: /x/\n---\nhub:\n  baseUrl: null\n' });
    expect(nulled.kind).toBe('taken');
    const kept = runPipeline({ kind: 'text', text: 'hub:\n  baseUrl: /x/\n---\nsingleuser:\n  schedulerStrategy: pack\n---\ningress:\n  enabled: true\n' });
    expect(kept).toEqual({ kind: 'taken' });
  });
});
