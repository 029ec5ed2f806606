import { lineOfOffset } from './source-lines.ts';
import type { Token, TokenizerError, TokenKind } from './tokens.ts';

/** An f-string being read: its quote, and its replacement fields that are open. */
export interface OpenFString {
  quote: string;
  triple: boolean;
  raw: boolean;
  /** Offset of its prefix (where CPython reports it unterminated). */
  from: number;
  /**
   * Open replacement fields, innermost last: the bracket depth just inside each '{', whether its
   * format spec is being read, and whether a field nested in that spec has closed.
   */
  fields: { depth: number; inSpec: boolean; nestedFieldClosed?: boolean }[];
}

export interface TokenizerState {
  readonly src: string;
  readonly lineStarts: readonly number[];
  pos: number;
  /** The line of the last token made (see lineAt). */
  line: number;
  readonly tokens: Token[];
  readonly errors: TokenizerError[];
  cutoff: number;
  /** Open brackets, innermost last (an f-string's replacement field is a '{' here too). */
  readonly brackets: { ch: string; from: number }[];
  readonly fstrings: OpenFString[];
}

/** The 1-based line of `offset`; tokens come in source order, so mostly a step from the last. */
function lineAt(s: TokenizerState, offset: number): number {
  const starts = s.lineStarts;
  let line = s.line;
  if (starts[line - 1]! > offset) return lineOfOffset(starts, offset);
  while (line < starts.length && starts[line]! <= offset) line++;
  s.line = line;
  return line;
}

export function pushToken(s: TokenizerState, kind: TokenKind, from: number, to: number, extra?: Partial<Token>): Token {
  const text = kind === 'newline' || kind === 'indent' || kind === 'dedent' || kind === 'end' ? '' : s.src.slice(from, to);
  const token: Token = { kind, text, from, to, line: lineAt(s, from), depth: s.brackets.length };
  if (extra) Object.assign(token, extra);
  s.tokens.push(token);
  return token;
}

/**
 * Records an error at the token being made now (see TokenizerError.tokenIndex). One found inside
 * an f-string never replaces an earlier parser error (CPython keeps that one then).
 */
export function tokenizerError(s: TokenizerState, from: number, to: number, message: string, winsOverEarlierParseError: boolean, extra?: Partial<TokenizerError>): void {
  const wins = winsOverEarlierParseError && s.fstrings.length === 0;
  const innermost = s.brackets[s.brackets.length - 1];
  const openBracket = !winsOverEarlierParseError && innermost ? { ch: innermost.ch, from: innermost.from, line: lineOf(s, innermost.from) } : undefined;
  s.errors.push({ from, to: Math.max(from, to), message, tokenIndex: s.tokens.length, winsOverEarlierParseError: wins, openBracket, ...extra });
}

export function lineOf(s: TokenizerState, offset: number): number {
  return lineOfOffset(s.lineStarts, offset);
}

/** Offset past the end of the line holding `pos` (before its line break). */
export function endOfLine(src: string, pos: number): number {
  let i = pos;
  while (i < src.length && src[i] !== '\n' && src[i] !== '\r') i++;
  return i;
}
