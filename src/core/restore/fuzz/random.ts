/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
export type Random = () => number;

export function seeded(seed: number): Random {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(next: Random, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
export const int = (next: Random, max: number): number => Math.floor(next() * max);
