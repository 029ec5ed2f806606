/** A place in a text, 1-based, as editors and CI annotations count: the end column is exclusive. */
export interface SourceRange {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** Offsets → lines and columns for one text, with its line starts found once. */
export interface LineIndex {
  position(offset: number): { line: number; col: number };
  range(start: number, end: number): SourceRange;
  /** the text of a 1-based line, without its newline */
  lineText(line: number): string;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  };
  return {
    position,
    range(start, end) {
      const a = position(start);
      const b = position(Math.max(start, end));
      return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
    },
    lineText(line) {
      const start = starts[line - 1];
      if (start === undefined) return '';
      const next = starts[line];
      return text.slice(start, next === undefined ? text.length : next - 1).replace(/\r$/, '');
    },
  };
}
