import { diffLines, linesOf } from '../text/line-marks.ts';

/** One line of a line diff: kept, removed (only in the old text) or added (only in the new). */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
}

/**
 * The lines of `before` and `after`, as removed, added and kept: the alignment the Manifests tab's
 * change marks use (text/line-marks.ts, a longest common subsequence of whole lines), spelled out.
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = linesOf(before);
  const b = linesOf(after);
  const { changed, removedBefore } = diffLines(a, b);
  const out: DiffLine[] = [];
  let i = 0; // the next line of `before`
  for (let j = 0; j <= b.length; j++) {
    for (let k = removedBefore[j]!; k > 0; k--) out.push({ op: '-', text: a[i++]! });
    if (j === b.length) break;
    if (changed[j]) out.push({ op: '+', text: b[j]! });
    else {
      out.push({ op: ' ', text: b[j]! });
      i++;
    }
  }
  return out;
}

/** Only the changed lines and `context` lines around them; null stands for the kept lines left out. */
export function hunks(lines: DiffLine[], context = 3): (DiffLine | null)[] {
  const keep = new Uint8Array(lines.length);
  lines.forEach((l, i) => {
    if (l.op === ' ') return;
    for (let k = Math.max(0, i - context); k <= Math.min(lines.length - 1, i + context); k++) keep[k] = 1;
  });
  const out: (DiffLine | null)[] = [];
  let gap = false;
  lines.forEach((l, i) => {
    if (!keep[i]) {
      gap = true;
      return;
    }
    if (gap) out.push(null);
    gap = false;
    out.push(l);
  });
  if (gap && out.length > 0) out.push(null);
  return out;
}
