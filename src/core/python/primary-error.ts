import type { ParsedModule } from './parse-module.ts';
import type { RawDiagnostic, Tokens } from './tokens.ts';

/**
 * Which error CPython reports when both its tokenizer and its parser object. Its parser asks
 * the tokenizer for one token at a time, so a tokenizer error up to where the parser failed is
 * raised first. After a parser error CPython tokenizes the rest of the source: an error its
 * tokenizer raises itself (a bad character, string, number, bracket; not inside an f-string)
 * then replaces the parser's, and a bracket never closed does when it was opened on a line before
 * the parser's error; but not when the parser's error is an unexpected indent or unindent.
 */
export function primaryError(tokens: Tokens, parsed: ParsedModule): RawDiagnostic | null {
  const parseError = parsed.errors[0] ?? null;
  const tokenError = tokens.errors[0] ?? null;
  if (!parseError || !tokenError) return tokenError ?? parseError;
  if (tokenError.tokenIndex <= parsed.fetchedAtFirstError) return tokenError;
  if (parseError.atIndentationToken) return parseError;
  if (tokenError.winsOverEarlierParseError) return tokenError;
  const reachedLine = parsed.tokens[Math.min(parsed.fetchedAtFirstError, parsed.tokens.length - 1)]!.line;
  const bracket = tokenError.openBracket;
  if (bracket && bracket.line < reachedLine) return { from: bracket.from, to: bracket.from + 1, message: `'${bracket.ch}' was never closed` };
  return parseError;
}
