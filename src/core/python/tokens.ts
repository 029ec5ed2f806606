/**
 * The tokens of a snippet, as CPython 3.12's tokenizer makes them (PEP 701 f-strings included:
 * an f-string is FSTRING_START, its literal parts, its replacement fields' own tokens, FSTRING_END).
 */
export type TokenKind =
  | 'name'
  | 'number'
  | 'string'
  | 'fstring-start'
  | 'fstring-middle'
  | 'fstring-end'
  | 'op'
  | 'newline'
  | 'indent'
  | 'dedent'
  | 'end';

/** A problem at a range of the source (UTF-16 offsets). */
export interface RawDiagnostic {
  from: number;
  to: number;
  message: string;
}

export interface Token {
  kind: TokenKind;
  /** The source text; '' for newline, indent, dedent and end. */
  text: string;
  from: number;
  to: number;
  /** 1-based line, as CPython reports it (the end tokens sit on the snippet's last line). */
  line: number;
  /** Brackets open after this token (an opening bracket counts itself, a closing one not). */
  depth: number;
  /** A literal CPython refuses when it decodes it (a bad escape, non-ASCII in bytes). */
  literalError?: RawDiagnostic;
  /** A string token that is a bytes literal. */
  bytes?: boolean;
  /** The ':' that starts an f-string replacement field's format spec. */
  startsFormatSpec?: boolean;
}

export interface TokenizerError extends RawDiagnostic {
  /**
   * The token CPython's tokenizer was making when it stopped: the error is raised when the
   * parser asks for that token, so it wins over a parser error found by then.
   */
  tokenIndex: number;
  /**
   * CPython also raises it after a parser error earlier in the snippet (it tokenizes the rest
   * of the source then): true for the errors its tokenizer raises itself (characters, strings,
   * numbers, brackets), false for those the parser turns into errors (indentation, a bad
   * continuation, the end of the snippet).
   */
  winsOverEarlierParseError: boolean;
  /**
   * For an error CPython's parser raises (not its tokenizer) while brackets are open: the
   * innermost bracket. After a parser error on a later line, CPython reports it as never closed.
   */
  openBracket?: { ch: string; from: number; line: number };
}

export interface Tokens {
  tokens: Token[];
  errors: TokenizerError[];
  /**
   * Offset from which the tokens no longer make sense (an unterminated triple-quoted string or
   * an unclosed bracket runs to the end, a bracket closes the wrong opener): parser errors at or
   * after it are echoes. `Infinity` when there is none.
   */
  cutoff: number;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
