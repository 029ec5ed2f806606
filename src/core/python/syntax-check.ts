/**
 * Python syntax errors for `hub.extraConfig` snippets, as CPython 3.12's `compile()` finds them,
 * checked in the page on every edit (no Python there: a tokenizer, a parser and the compiler's
 * checks written for this, tested against CPython itself in cpython-oracle.test.ts).
 *
 * Where CPython stops at its first error, this goes on and marks the others it finds: the first
 * diagnostic is the one CPython would raise, on CPython's line; the others follow in the order of
 * the source.
 */
import { compileErrors } from './compile-checks.ts';
import { toDiagnostics, type PythonDiagnostic } from './diagnostics.ts';
import { parseModule, type ParsedModule } from './parse-module.ts';
import { primaryError } from './primary-error.ts';
import { lineOfOffset, lineStartsOf } from './source-lines.ts';
import { tokenize } from './tokenizer.ts';
import type { RawDiagnostic } from './tokens.ts';

export type { PythonDiagnostic } from './diagnostics.ts';

/** Syntax errors in a Python snippet, as Monaco markers want them (1-based). */
export function checkPythonSyntax(source: string): PythonDiagnostic[] {
  const lineStarts = lineStartsOf(source);
  const nul = source.indexOf('\0');
  if (nul >= 0) return toDiagnostics(source, lineStarts, { from: nul, to: nul + 1, message: 'source code cannot contain null bytes (U+0000)' }, []);

  const tokens = tokenize(source);
  let parsed: ParsedModule;
  let compileError: RawDiagnostic | null = null;
  try {
    parsed = parseModule(source, tokens.tokens, lineStarts);
    if (!tokens.errors.length && !parsed.errors.length) compileError = compileErrors(parsed.module, source);
  } catch (e) {
    // Thousands of nested brackets or operators exhaust the stack: keep what the tokenizer
    // found, and say nothing more (CPython may well accept the rest).
    if (!(e instanceof RangeError)) throw e;
    return toDiagnostics(source, lineStarts, tokens.errors[0] ?? null, tokens.errors);
  }
  if (!tokens.errors.length && !parsed.errors.length) return toDiagnostics(source, lineStarts, compileError, []);

  const primary = primaryError(tokens, parsed);
  // Parser errors where the tokens were already wrong are echoes of the tokenizer's error.
  const tokenizerLines = new Set(tokens.errors.map((e) => lineOfOffset(lineStarts, e.from)));
  const others: RawDiagnostic[] = [
    ...tokens.errors,
    ...parsed.errors.filter((e) => e.from < tokens.cutoff && !tokenizerLines.has(lineOfOffset(lineStarts, e.from))),
  ];
  return toDiagnostics(source, lineStarts, primary, others);
}
