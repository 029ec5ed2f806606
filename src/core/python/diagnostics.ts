import { firstCauses } from './first-error.ts';
import { lineEndOf, lineOfOffset } from './source-lines.ts';
import type { RawDiagnostic } from './tokens.ts';

/** A diagnostic as Monaco markers want it: 1-based, one line. */
export interface PythonDiagnostic {
  /** 1-based line of the start. */
  line: number;
  /** 1-based column (UTF-16 code units) of the start. */
  column: number;
  endLine: number;
  /** 1-based column just past the end (Monaco's convention). */
  endColumn: number;
  message: string;
}

/** At most this many markers: past the first few errors the rest are mostly echoes. */
const MAX_DIAGNOSTICS = 20;

function toDiagnostic(src: string, lineStarts: readonly number[], d: RawDiagnostic): PythonDiagnostic {
  let { from, to } = d;
  const line = lineOfOffset(lineStarts, from);
  const lineStart = lineStarts[line - 1]!;
  const end = lineEndOf(src, lineStarts, line);
  if (from > end) from = end;
  if (to <= from) {
    // Give a zero-width error one character: the one at it, else the one before (line end).
    if (from < end) to = from + 1;
    else if (from > lineStart) {
      from -= 1;
      to = from + 1;
    }
  }
  // Keep a marker on one line: the message is about where it starts.
  const stop = Math.min(Math.max(to, from), end);
  const endColumn = Math.max(stop, from) - lineStart + 1 + (stop <= from ? 1 : 0);
  return { line, column: from - lineStart + 1, endLine: line, endColumn, message: d.message };
}

/**
 * The markers: CPython's error (`primary`) first, then the others the checker found in the
 * order of the source, one per line (the primary wins its line), without the follow-on errors of
 * an earlier one (first-error.ts): one typo, one marker.
 */
export function toDiagnostics(src: string, lineStarts: readonly number[], primary: RawDiagnostic | null, others: readonly RawDiagnostic[]): PythonDiagnostic[] {
  if (!primary) return [];
  const lineOf = (d: RawDiagnostic) => lineOfOffset(lineStarts, Math.min(d.from, src.length));
  const taken = new Set([lineOf(primary)]);
  const rest: RawDiagnostic[] = [];
  for (const d of firstCauses(primary, [...others].sort((a, b) => a.from - b.from || a.to - b.to))) {
    const line = lineOf(d);
    if (taken.has(line)) continue;
    taken.add(line);
    rest.push(d);
  }
  return [primary, ...rest].slice(0, MAX_DIAGNOSTICS).map((d) => toDiagnostic(src, lineStarts, d));
}
