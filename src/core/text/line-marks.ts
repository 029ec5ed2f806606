/**
 * Which lines of `next` are new or changed compared with `prev`, from a longest common
 * subsequence of whole lines: `changed[i]` is true for a line of `next` outside it, and
 * `removedBefore[i]` counts the lines of `prev` dropped just before line `i` (index
 * `next.length` for the ones dropped at the end).
 */
export interface LineMarks {
  changed: boolean[];
  removedBefore: number[];
}

/** Beyond this many cells the middle is marked as changed wholesale rather than aligned. */
const MAX_CELLS = 4_000_000;

export function diffLines(prev: readonly string[], next: readonly string[]): LineMarks {
  const changed = new Array<boolean>(next.length).fill(false);
  const removedBefore = new Array<number>(next.length + 1).fill(0);

  // the common head and tail, which is nearly everything after one edit
  let head = 0;
  while (head < prev.length && head < next.length && prev[head] === next[head]) head++;
  let tail = 0;
  while (tail < prev.length - head && tail < next.length - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;

  const n = prev.length - tail - head;
  const m = next.length - tail - head;
  if (n === 0 && m === 0) return { changed, removedBefore };
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    for (let j = 0; j < m; j++) changed[head + j] = true;
    removedBefore[head] = n;
    return { changed, removedBefore };
  }

  // the middle's lines as numbers (equal text, equal number): the table below compares n × m
  // pairs, and equal-but-distinct strings would be compared character by character each time
  const ids = new Map<string, number>();
  const idOf = (line: string) => {
    let id = ids.get(line);
    if (id === undefined) ids.set(line, (id = ids.size));
    return id;
  };
  const a = new Uint32Array(n);
  const b = new Uint32Array(m);
  for (let i = 0; i < n; i++) a[i] = idOf(prev[head + i]!);
  for (let j = 0; j < m; j++) b[j] = idOf(next[head + j]!);

  // lcs[i][j] = LCS length of a[i..] and b[j..], in one flat array
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    const ai = a[i]!;
    const row = i * width;
    const below = row + width;
    for (let j = m - 1; j >= 0; j--) {
      lcs[row + j] = ai === b[j] ? lcs[below + j + 1]! + 1 : Math.max(lcs[below + j]!, lcs[row + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < n && (j === m || lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
      // a dropped line is counted before the lines that replace it
      removedBefore[head + j]!++;
      i++;
    } else {
      changed[head + j] = true;
      j++;
    }
  }
  return { changed, removedBefore };
}

/** A text's lines, without the empty one after a final newline. */
export function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
