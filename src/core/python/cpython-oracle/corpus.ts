import type { CorpusEntry, SnippetKind } from './agreement.ts';
import { EDGE_CASES } from './edge-cases.ts';
import { HELD_OUT_SNIPPETS } from './held-out-snippets.ts';
import { MODERN_PYTHON } from './modern-python.ts';
import { mutateSnippets } from './mutations.ts';
import { seededRandom } from './prng.ts';
import { sampleBlocks } from './stdlib-blocks.ts';
import { TYPICAL_MISTAKES } from './typical-mistakes.ts';

/** The seed of the mutations the checker was tuned on, and of those it never saw. */
export const TUNING_SEED = 0x19_0001;
export const HELD_OUT_SEED = 0x19_0002;
const MUTATIONS_PER_REAL_SNIPPET = 30;
const MUTATIONS_PER_SHORT_SNIPPET = 3;
const STDLIB_BLOCKS = 300;

export interface CorpusSources {
  /** The extraConfig snippets of ../shared/corpus/real-configs. */
  real: readonly string[];
  /** The standard library's modules (from pyodide's CPython 3.12). */
  stdlib: readonly string[];
}

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
 * What the checker is tuned on: the real snippets, modern valid Python, edge cases, typical
 * mistakes, standard-library blocks, and seeded mutations of the real, modern and library code.
 */
export function tuningCorpus(sources: CorpusSources): CorpusEntry[] {
  const seen = new Set<string>();
  const random = seededRandom(TUNING_SEED);
  const stdlib = sampleBlocks(sources.stdlib, STDLIB_BLOCKS, random);
  return [
    ...entries('real', sources.real, seen),
    ...entries('modern', MODERN_PYTHON, seen),
    ...entries('edge', EDGE_CASES, seen),
    ...entries('mistake', TYPICAL_MISTAKES, seen),
    ...entries('stdlib', stdlib, seen),
    ...entries('mutation', mutateSnippets(sources.real, MUTATIONS_PER_REAL_SNIPPET, random), seen),
    ...entries('mutation', mutateSnippets(MODERN_PYTHON, MUTATIONS_PER_SHORT_SNIPPET, random), seen),
    ...entries('mutation', mutateSnippets(stdlib, 1, random), seen),
  ];
}

/**
 * What it was not tuned on: the held-out snippets and their mutations, other standard-library
 * blocks, and other mutations of the real snippets (another seed); nothing that is also in the
 * tuning corpus.
 */
export function heldOutCorpus(sources: CorpusSources): CorpusEntry[] {
  const seen = new Set(tuningCorpus(sources).map((e) => e.source));
  const random = seededRandom(HELD_OUT_SEED);
  const stdlib = sampleBlocks(sources.stdlib, STDLIB_BLOCKS, random);
  return [
    ...entries('held-out', HELD_OUT_SNIPPETS, seen),
    ...entries('stdlib', stdlib, seen),
    ...entries('mutation', mutateSnippets(sources.real, MUTATIONS_PER_REAL_SNIPPET, random), seen),
    ...entries('mutation', mutateSnippets(HELD_OUT_SNIPPETS, MUTATIONS_PER_SHORT_SNIPPET, random), seen),
    ...entries('mutation', mutateSnippets(stdlib, 1, random), seen),
  ];
}
