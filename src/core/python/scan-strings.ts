import { escapeProblem, nonAsciiInBytes } from './string-escapes.ts';
import { endOfLine, pushToken, tokenizerError, type OpenFString, type TokenizerState } from './tokenizer-state.ts';

/**
 * String literals: a plain one is one token; an f-string (PEP 701) is FSTRING_START, then its
 * literal parts (FSTRING_MIDDLE) and its replacement fields, whose expressions the main loop
 * tokenizes like any code, then FSTRING_END.
 */

/** Reads a plain string literal whose prefix starts at `start` and quote sits at `quotePos`. */
export function readString(s: TokenizerState, start: number, quotePos: number, prefix: string): void {
  const { src } = s;
  const q = src[quotePos]!;
  const triple = src[quotePos + 1] === q && src[quotePos + 2] === q;
  const bodyStart = quotePos + (triple ? 3 : 1);
  let j = bodyStart;
  for (;;) {
    if (j >= src.length || (!triple && (src[j] === '\n' || src[j] === '\r'))) {
      unterminated(s, start, q, triple, j);
      return;
    }
    const ch = src[j];
    if (ch === '\\') j += src[j + 1] === '\r' && src[j + 2] === '\n' ? 3 : 2;
    else if (ch === q && (!triple || (src[j + 1] === q && src[j + 2] === q))) break;
    else j++;
  }
  const end = j + (triple ? 3 : 1);
  const bytes = prefix.includes('b');
  const literalError = (bytes ? nonAsciiInBytes(src, bodyStart, j) : null) ?? (prefix.includes('r') ? null : escapeProblem(src, bodyStart, j, bytes));
  pushToken(s, 'string', start, end, literalError ? { literalError, bytes } : { bytes });
  s.pos = end;
}

function unterminated(s: TokenizerState, start: number, q: string, triple: boolean, at: number): void {
  const enclosing = s.fstrings[s.fstrings.length - 1];
  if (enclosing && enclosing.quote === q && enclosing.triple === triple) {
    // Inside a replacement field, the f-string's own quote: the field's '}' is what is missing.
    tokenizerError(s, start, start + 1, "f-string: expecting '}' before the closing quote", true);
  } else if (triple) {
    tokenizerError(s, start, Math.min(endOfLine(s.src, start), start + 3), `unclosed triple-quoted string: it runs to the end of the snippet (add the closing ${q.repeat(3)})`, true);
    s.cutoff = Math.min(s.cutoff, start);
  } else {
    tokenizerError(s, start, endOfLine(s.src, start), `unclosed string: add the closing ${q} before the end of the line`, true);
  }
  pushToken(s, 'string', start, at);
  s.pos = at;
}

/** Opens an f-string: FSTRING_START, then its text is read by readFStringText. */
export function startFString(s: TokenizerState, start: number, quotePos: number, prefix: string): void {
  const q = s.src[quotePos]!;
  const triple = s.src[quotePos + 1] === q && s.src[quotePos + 2] === q;
  const end = quotePos + (triple ? 3 : 1);
  pushToken(s, 'fstring-start', start, end);
  s.fstrings.push({ quote: q, triple, raw: prefix.includes('r'), from: start, fields: [] });
  s.pos = end;
}

function pushMiddle(s: TokenizerState, f: OpenFString, from: number, to: number): void {
  if (to <= from) return;
  const literalError = f.raw ? null : escapeProblem(s.src, from, to, false);
  pushToken(s, 'fstring-middle', from, to, literalError ? { literalError } : undefined);
}

/** Closes the innermost f-string at `at` (after its quote, or where it was cut short). */
function closeFString(s: TokenizerState, f: OpenFString, from: number, to: number): void {
  while (f.fields.length) {
    f.fields.pop();
    s.brackets.pop();
  }
  s.fstrings.pop();
  pushToken(s, 'fstring-end', from, to);
  s.pos = to;
}

/**
 * Reads the literal text of the innermost f-string (or the format spec of its innermost field)
 * up to the next token: a field's '{', the spec's closing '}', or the closing quote.
 */
export function readFStringText(s: TokenizerState): void {
  const { src } = s;
  const f = s.fstrings[s.fstrings.length - 1]!;
  const inSpec = f.fields.length > 0;
  const q = f.quote;
  const textStart = s.pos;
  let j = s.pos;
  const field = f.fields[f.fields.length - 1];
  for (;;) {
    const newline = src[j] === '\n' || src[j] === '\r';
    if (newline && !f.triple && field?.inSpec && !field.nestedFieldClosed) {
      // In a one-line f-string a line break ends the format spec (CPython 3.12): what follows
      // is read as code up to the field's '}'.
      pushMiddle(s, f, textStart, j);
      field.inSpec = false;
      s.pos = j;
      return;
    }
    if (j >= src.length || (!f.triple && newline)) {
      const what = f.triple ? 'triple-quoted f-string' : 'f-string';
      const closing = f.triple ? q.repeat(3) : q;
      tokenizerError(s, f.from, endOfLine(src, f.from), `unclosed ${what}: add the closing ${closing}${f.triple ? '' : ' before the end of the line'}`, true);
      if (f.triple) s.cutoff = Math.min(s.cutoff, f.from);
      pushMiddle(s, f, textStart, j);
      closeFString(s, f, j, j);
      return;
    }
    const ch = src[j]!;
    if (ch === q && (!f.triple || (src[j + 1] === q && src[j + 2] === q))) {
      pushMiddle(s, f, textStart, j);
      if (inSpec) tokenizerError(s, j, j + 1, "f-string: expecting '}' before the closing quote", true);
      closeFString(s, f, j, j + (f.triple ? 3 : 1));
      return;
    }
    if (ch === '\\') {
      const next = src[j + 1];
      if (!f.raw && next === 'N' && src[j + 2] === '{') {
        // `\N{NAME}`: its braces are the escape's, not a replacement field.
        const close = src.indexOf('}', j + 3);
        const lineBreak = f.triple ? -1 : src.slice(j + 3, close < 0 ? undefined : close).search(/[\n\r]/);
        j = close < 0 || lineBreak >= 0 ? j + 2 : close + 1;
      } else if (next === '{' || next === '}') j++;
      else j += next === '\r' && src[j + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (ch === '{') {
      if (!inSpec && src[j + 1] === '{') {
        j += 2;
        continue;
      }
      pushMiddle(s, f, textStart, j);
      s.brackets.push({ ch: '{', from: j });
      pushToken(s, 'op', j, j + 1);
      f.fields.push({ depth: s.brackets.length, inSpec: false });
      s.pos = j + 1;
      return;
    }
    if (ch === '}') {
      if (inSpec) {
        pushMiddle(s, f, textStart, j);
        pushToken(s, 'op', j, j + 1);
        f.fields.pop();
        s.brackets.pop();
        s.pos = j + 1;
        return;
      }
      if (src[j + 1] === '}') {
        j += 2;
        continue;
      }
      tokenizerError(s, j, j + 1, "f-string: single '}' is not allowed: write '}}' for a literal brace", true);
      pushMiddle(s, f, textStart, j);
      s.pos = j + 1;
      return;
    }
    j++;
  }
}

/**
 * In a replacement field's expression: a ':' or '}' directly inside the field's braces starts
 * its format spec or closes it. Returns false when the character is ordinary code.
 */
export function fieldPunctuation(s: TokenizerState, ch: string): boolean {
  const f = s.fstrings[s.fstrings.length - 1];
  const field = f?.fields[f.fields.length - 1];
  if (!f || !field || field.inSpec || s.brackets.length !== field.depth) return false;
  const at = s.pos;
  if (ch === ':') {
    pushToken(s, 'op', at, at + 1, { startsFormatSpec: true });
    if (f.fields.length >= 3) tokenizerError(s, at, at + 1, 'f-string: expressions nested too deeply', true);
    field.inSpec = true;
  } else if (ch === '}') {
    pushToken(s, 'op', at, at + 1);
    f.fields.pop();
    s.brackets.pop();
    const parent = f.fields[f.fields.length - 1];
    if (parent?.inSpec) parent.nestedFieldClosed = true;
  } else return false;
  s.pos = at + 1;
  return true;
}
