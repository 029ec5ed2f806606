import type { CorpusEntry, SnippetKind } from './agreement.ts';
import { HELD_OUT_SNIPPETS } from './held-out-snippets.ts';
import { MODERN_PYTHON } from './modern-python.ts';
import { mutateSnippets } from './mutations.ts';
import { seededRandom } from './prng.ts';
import { TYPICAL_MISTAKES } from './typical-mistakes.ts';

/** The seed of the mutations the checker was tuned on, and of those it never saw. */
export const TUNING_SEED = 0x19_0001;
export const HELD_OUT_SEED = 0x19_0002;
const MUTATIONS_PER_REAL_SNIPPET = 30;
const MUTATIONS_PER_SHORT_SNIPPET = 3;

function entries(kind: SnippetKind, sources: readonly string[], seen: Set<string>): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  for (const source of sources) {
    if (seen.has(source)) continue;
    seen.add(source);
    out.push({ kind, source });
  }
  return out;
}

/**
 * What the checker is tuned on: the real snippets, modern valid Python, typical mistakes, and
 * seeded mutations of the real and the modern snippets.
 */
export function tuningCorpus(realSnippets: readonly string[]): CorpusEntry[] {
  const seen = new Set<string>();
  const random = seededRandom(TUNING_SEED);
  return [
    ...entries('real', realSnippets, seen),
    ...entries('modern', MODERN_PYTHON, seen),
    ...entries('mistake', TYPICAL_MISTAKES, seen),
    ...entries('mutation', mutateSnippets(realSnippets, MUTATIONS_PER_REAL_SNIPPET, random), seen),
    ...entries('mutation', mutateSnippets(MODERN_PYTHON, MUTATIONS_PER_SHORT_SNIPPET, random), seen),
  ];
}

/**
 * What it was not tuned on: the held-out snippets, their mutations and other mutations of the
 * real snippets (another seed); nothing that is also in the tuning corpus.
 */
export function heldOutCorpus(realSnippets: readonly string[]): CorpusEntry[] {
  const seen = new Set(tuningCorpus(realSnippets).map((e) => e.source));
  const random = seededRandom(HELD_OUT_SEED);
  return [
    ...entries('held-out', HELD_OUT_SNIPPETS, seen),
    ...entries('mutation', mutateSnippets(realSnippets, MUTATIONS_PER_REAL_SNIPPET, random), seen),
    ...entries('mutation', mutateSnippets(HELD_OUT_SNIPPETS, MUTATIONS_PER_SHORT_SNIPPET, random), seen),
  ];
}
