import { randomIndex } from './prng.ts';

/**
 * Pieces of CPython's own standard library (valid 3.12 code, from the pyodide package): each
 * top-level statement of a module with the lines under it, as long as a snippet (≤ 60 lines).
 * A wide sample of real Python the checker must accept, and mutations of it that it must judge.
 */
const BLOCK_START = /^(?:def|class|async def|@|if|for|while|try|with|match)\b/;
const MAX_LINES = 60;

export function topLevelBlocks(source: string): string[] {
  const lines = source.split('\n');
  const blocks: string[] = [];
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line !== undefined && !BLOCK_START.test(line)) continue;
    // A decorator belongs to the definition under it.
    if (start >= 0 && i - start <= MAX_LINES && !lines[i - 1]?.startsWith('@')) blocks.push(lines.slice(start, i).join('\n').trimEnd() + '\n');
    if (!lines[i - 1]?.startsWith('@')) start = i;
  }
  return blocks;
}

/** `count` blocks drawn (with a seeded `random`) from the modules' blocks. */
export function sampleBlocks(modules: readonly string[], count: number, random: () => number): string[] {
  const all = modules.flatMap(topLevelBlocks);
  return Array.from({ length: Math.min(count, all.length) }, () => all[randomIndex(random, all.length)]!);
}
