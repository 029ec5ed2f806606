import type { RawDiagnostic } from './tokens.ts';

/**
 * Which of the checker's later errors are only echoes of an earlier one. A broken line (a string
 * left open, a missing colon, a stray bracket) throws off how the lines after it are indented: the
 * "unexpected indent" that follows is no second typo, and showing it sends the admin to a line that
 * is fine. So an indentation error that comes after another error is dropped; errors of other
 * kinds stay (two typos still give two errors).
 */
const INDENTATION_ERRORS = [/^unexpected indent\b/, /^unexpected unindent\b/, /^unindent does not match\b/, /^expected an indented block\b/];

export function isIndentationError(d: RawDiagnostic): boolean {
  return INDENTATION_ERRORS.some((re) => re.test(d.message));
}

/**
 * The first cause of each error: `primary` (CPython's error) and, of `others` (in source order),
 * those that are no follow-on of an error before them or of the primary.
 */
export function firstCauses(primary: RawDiagnostic, others: readonly RawDiagnostic[]): RawDiagnostic[] {
  return others.filter((d) => !(isIndentationError(d) && (primary.from < d.from || others.some((e) => e !== d && e.from < d.from))));
}
