import { isObject, type Json } from '../../model/json.ts';

/** The sibling key `key` was probably meant to be (same letters but for case, or a typo or two away). */
export function closestKey(key: string, siblings: Json | undefined): string | undefined {
  if (!isObject(siblings)) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of Object.keys(siblings)) {
    if (candidate.toLowerCase() === key.toLowerCase()) return candidate;
    const d = editDistance(candidate.toLowerCase(), key.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= Math.min(2, Math.floor(key.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
