/**
 * Lines of a snippet as CPython (and Monaco) count them: a line ends at '\n', '\r\n' or a lone
 * '\r'. Offsets are UTF-16 code units, like JavaScript strings and Monaco.
 */
export function lineStartsOf(src: string): number[] {
  const starts = [0];
  for (let i = 0; i < src.length; i++) {
    const ch = src.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13 && src.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** Line number (1-based) of an offset, given the sorted line-start offsets. */
export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Offset just past the last character of a line (before its line break). */
export function lineEndOf(src: string, lineStarts: readonly number[], line: number): number {
  const next = lineStarts[line];
  if (next === undefined) return src.length;
  let end = next - 1;
  if (src[end] === '\n' && src[end - 1] === '\r') end--;
  return end;
}
