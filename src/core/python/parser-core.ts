import { lineOfOffset } from './source-lines.ts';
import { KEYWORDS, type Token, type TokenKind } from './tokens.ts';

/**
 * The parser's cursor over the tokens, and its errors. The parser is recursive descent over
 * CPython 3.12's grammar; an error is thrown (ParseError) where CPython reports it, and caught
 * at the statement level, which skips to the next statement and goes on.
 */
export interface ParseErrorKind {
  /** "unexpected indent"/"unindent" at an INDENT/DEDENT token: CPython lets no later tokenizer error replace it. */
  atIndentationToken?: boolean;
  /** A plain "invalid syntax": the parse failed here, and another reading may still succeed. */
  generic?: boolean;
}

export class ParseError extends Error {
  readonly atIndentationToken: boolean;
  readonly generic: boolean;

  constructor(
    readonly from: number,
    readonly to: number,
    message: string,
    kind: ParseErrorKind = {},
  ) {
    super(message);
    this.atIndentationToken = kind.atIndentationToken ?? false;
    this.generic = kind.generic ?? false;
  }
}

/** Tokens after which an operand must follow: the generic error then says so. */
const NEEDS_OPERAND = new Set([
  '+', '-', '*', '/', '//', '%', '@', '**', '<<', '>>', '&', '|', '^', '~', '<', '>', '<=', '>=', '==', '!=',
  '=', '+=', '-=', '*=', '/=', '//=', '%=', '@=', '**=', '<<=', '>>=', '&=', '|=', '^=', ':=', '->',
  'and', 'or', 'not', 'in', 'is', 'if', 'elif', 'while', 'return', 'yield', 'assert', 'del', 'lambda', 'await',
  'with', 'for', 'raise', 'from', 'import', 'else', ',', '(', '[', '{',
]);

function quote(text: string): string {
  return text.includes('`') ? `'${text}'` : `\`${text}\``;
}

export class Parser {
  pos = 0;
  /** The furthest token looked at: CPython reports a generic syntax error there. */
  furthest = 0;
  /** The furthest token looked at, explaining included: how far CPython's tokenizer got. */
  fetched = 0;
  /**
   * Above 0 while parsing speculatively for a better message (CPython's
   * `expression_without_invalid`): the checks that explain errors are off.
   */
  noInvalid = 0;
  /** Errors found so far; the statement loops catch and collect them. */
  readonly errors: ParseError[] = [];
  /** `fetched` when the first error was found: whether CPython's tokenizer got that far. */
  fetchedAtFirstError = -1;

  constructor(
    readonly src: string,
    readonly tokens: readonly Token[],
    readonly lineStarts: readonly number[],
  ) {}

  recordError(e: ParseError): void {
    if (!this.errors.length) this.fetchedAtFirstError = Math.max(this.fetched, this.furthest);
    this.errors.push(e);
  }

  lineOf(offset: number): number {
    return lineOfOffset(this.lineStarts, offset);
  }

  get tok(): Token {
    return this.peek(0);
  }

  peek(k = 1): Token {
    const i = Math.min(this.pos + k, this.tokens.length - 1);
    if (i > this.furthest) {
      this.furthest = i;
      if (i > this.fetched) this.fetched = i;
    }
    return this.tokens[i]!;
  }

  next(): Token {
    const t = this.tok;
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  /** The token just consumed. */
  get last(): Token {
    return this.tokens[Math.max(0, this.pos - 1)]!;
  }

  atKind(kind: TokenKind): boolean {
    return this.tok.kind === kind;
  }

  /** Is the current token this operator or keyword (soft keywords too)? */
  at(text: string): boolean {
    const t = this.tok;
    return (t.kind === 'op' || t.kind === 'name') && t.text === text;
  }

  atAny(...texts: string[]): boolean {
    const t = this.tok;
    return (t.kind === 'op' || t.kind === 'name') && texts.includes(t.text);
  }

  /** A name that is not a (hard) keyword. */
  atName(): boolean {
    const t = this.tok;
    return t.kind === 'name' && !KEYWORDS.has(t.text);
  }

  eat(text: string): Token | null {
    return this.at(text) ? this.next() : null;
  }

  expect(text: string, message?: string): Token {
    if (this.at(text)) return this.next();
    if (message) throw this.errorAt(this.tok, message);
    throw this.generic();
  }

  name(): Token {
    if (this.atName()) return this.next();
    throw this.generic();
  }

  unexpectedIndent(t: Token): ParseError {
    return new ParseError(t.from, t.to, 'unexpected indent: this line is indented more than the line before it, which does not open a block', { atIndentationToken: true });
  }

  errorAt(t: Token, message: string): ParseError {
    return new ParseError(t.from, t.to, message);
  }

  error(from: number, to: number, message: string): ParseError {
    return new ParseError(from, to, message);
  }

  /** "invalid syntax" at the furthest token looked at, as CPython reports it, with a hint. */
  generic(hint?: string): ParseError {
    const t = this.tokens[this.furthest]!;
    if (t.kind === 'indent') return this.unexpectedIndent(t);
    if (t.kind === 'dedent') return new ParseError(t.from, t.to, 'unexpected unindent: a block is missing its body or the indentation is off', { atIndentationToken: true });
    const before = this.tokens[this.furthest - 1];
    if (t.kind === 'newline' || t.kind === 'end') {
      if (!before) return new ParseError(t.from, t.to, 'invalid syntax', { generic: true });
      const message =
        before.kind === 'newline' ? 'invalid syntax: the snippet ends too early'
        : NEEDS_OPERAND.has(before.text) && before.kind !== 'string' ? `invalid syntax: expected an expression after ${quote(before.text)}`
        : `invalid syntax: the statement ends too early after ${quote(before.text)}`;
      // CPython marks the NEWLINE token (on the line a backslash continued to), or the last line.
      const at = t.kind === 'end' || t.line !== before.line ? t : before;
      const why = hint ?? (before.text === '.' ? "expected a name after '.'" : undefined);
      return new ParseError(at.from, at.to, why ? `${message} (${why})` : message, { generic: true });
    }
    const shown = t.kind === 'fstring-middle' || t.kind === 'fstring-end' ? 'this part of the f-string' : quote(t.text.length > 40 ? t.text.slice(0, 40) + '…' : t.text);
    const why = hint ?? (before?.text === '.' ? "expected a name after '.'" : undefined);
    return new ParseError(t.from, t.to, `invalid syntax near ${shown}${why ? `: ${why}` : ''}`, { generic: true });
  }

  /** Past the rest of the logical line and its NEWLINE. */
  skipLine(): void {
    while (!this.atKind('newline') && !this.atKind('end')) this.next();
    if (this.atKind('newline')) this.next();
  }

  /** Past an indented block (from its INDENT to the matching DEDENT), if one starts here. */
  skipIndentedBlock(): void {
    if (!this.atKind('indent')) return;
    let depth = 0;
    do {
      if (this.atKind('indent')) depth++;
      else if (this.atKind('dedent')) depth--;
      this.next();
    } while (depth > 0 && !this.atKind('end'));
  }

  /**
   * `attempt` with the explaining checks off, for a better message once parsing has failed
   * (CPython's second pass): where it looks does not move the generic error's place.
   */
  attemptPlain<T>(parse: () => T): T | null {
    const furthest = this.furthest;
    this.noInvalid++;
    try {
      return this.attempt(parse);
    } finally {
      this.noInvalid--;
      if (this.furthest > furthest) {
        this.fetched = Math.max(this.fetched, this.furthest);
        this.furthest = furthest;
      }
    }
  }

  /**
   * Runs `parse`; on a syntax error (those `retry` accepts), rewinds and returns null: PEG's
   * ordered choice. Other errors go on up.
   */
  attempt<T>(parse: () => T, retry: (error: ParseError) => boolean = () => true): T | null {
    const start = this.pos;
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof ParseError) || !retry(e)) throw e;
      this.pos = start;
      return null;
    }
  }
}
