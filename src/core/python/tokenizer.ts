import { scanNumber } from './scan-number.ts';
import { fieldPunctuation, readFStringText, readString, startFString } from './scan-strings.ts';
import { lineStartsOf } from './source-lines.ts';
import { endOfLine, lineOf, pushToken, tokenizerError, type TokenizerState } from './tokenizer-state.ts';
import type { Tokens } from './tokens.ts';

/**
 * Python 3.12's tokenizer, for checking: the same tokens (NEWLINE, INDENT, DEDENT, f-string
 * parts) and the errors CPython's tokenizer raises, where it raises them. Unlike CPython it does
 * not stop at the first error: it records it and goes on, so the parser still sees the rest.
 */
const OPERATORS_3 = new Set(['**=', '//=', '>>=', '<<=', '...']);
const OPERATORS_2 = new Set(['!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=', '>>', '@=', '^=', '|=']);
const CLOSER_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
/** CPython's tokenizer limits (MAXLEVEL, MAXINDENT). */
const MAX_NESTING = 200;
const MAX_INDENTATION = 100;
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
/** a-z, A-Z, 0-9, _ (char codes): names are most of the source, so no regular expressions. */
function isAsciiNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /\p{ID_Continue}/u;
/** What Python's str.isprintable() refuses (the space aside). */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const QUOTE_LOOKALIKES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2032', '\u2033']);

function hex(code: number): string {
  return 'U+' + code.toString(16).toUpperCase().padStart(4, '0');
}

function invalidCharacter(s: TokenizerState, at: number): number {
  const cp = s.src.codePointAt(at)!;
  const width = cp > 0xffff ? 2 : 1;
  const char = String.fromCodePoint(cp);
  let message: string;
  if (QUOTE_LOOKALIKES.has(char)) message = `invalid character '${char}' (${hex(cp)}): use a plain ' or " quote`;
  else if (NON_PRINTABLE.test(char) && char !== ' ') {
    message = `invalid non-printable character ${hex(cp)}${/\p{Zs}/u.test(char) ? ' (a space pasted from a web page or a document?): type a plain space' : ''}`;
  } else message = `invalid character '${char}' (${hex(cp)})`;
  tokenizerError(s, at, at + width, message, true);
  return at + width;
}

/** A name, a string prefix and its string, or an invalid character, at `start`. */
function readWord(s: TokenizerState, start: number): void {
  const { src } = s;
  let i = start;
  let ascii = true;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiNameChar(c)) break;
      i++;
    } else {
      ascii = false;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
  }
  const q = src[i];
  if ((q === '"' || q === "'") && i - start <= 2 && STRING_PREFIXES.has(src.slice(start, i).toLowerCase())) {
    const prefix = src.slice(start, i).toLowerCase();
    if (prefix.includes('f')) startFString(s, start, i, prefix);
    else readString(s, start, i, prefix);
    return;
  }
  // Non-ASCII characters are read as part of a name, then checked (as CPython does).
  for (let k = start; !ascii && k < i; ) {
    const cp = src.codePointAt(k)!;
    const char = String.fromCodePoint(cp);
    if (cp >= 128 && !(k === start ? ID_START : ID_CONTINUE).test(char)) {
      if (k > start) pushToken(s, 'name', start, k);
      s.pos = invalidCharacter(s, k);
      return;
    }
    k += char.length;
  }
  pushToken(s, 'name', start, i);
  s.pos = i;
}

function closeBracket(s: TokenizerState, ch: string): void {
  const at = s.pos;
  const top = s.brackets[s.brackets.length - 1];
  if (!top) {
    tokenizerError(s, at, at + 1, `unmatched '${ch}': there is no opening bracket for it to close`, true);
    s.pos = at + 1;
    return;
  }
  if (CLOSER_OF[top.ch] !== ch) {
    const inField = s.fstrings.length > 0 && top.ch === '{' && s.fstrings[s.fstrings.length - 1]!.fields.some((f) => f.depth === s.brackets.length);
    tokenizerError(
      s,
      at,
      at + 1,
      inField ? `f-string: unmatched '${ch}'` : `closing '${ch}' does not match the opening '${top.ch}' on line ${lineOf(s, top.from)}`,
      true,
    );
    // Read on as if the closers were right: the one missing in between, or this one mistyped.
    const match = s.brackets.findLastIndex((b) => CLOSER_OF[b.ch] === ch);
    const closing = match >= 0 && !inField ? s.brackets.length - match : 1;
    for (let k = 0; k < closing; k++) {
      const opener = s.brackets.pop()!;
      pushToken(s, 'op', at, at + 1, { text: CLOSER_OF[opener.ch]! });
    }
    s.pos = at + 1;
    return;
  }
  s.brackets.pop();
  pushToken(s, 'op', at, at + 1);
  s.pos = at + 1;
}

function readOperator(s: TokenizerState): void {
  const { src, pos } = s;
  const ch = src[pos]!;
  if (ch === '(' || ch === '[' || ch === '{') {
    if (s.brackets.length >= MAX_NESTING) tokenizerError(s, pos, pos + 1, 'too many nested parentheses (Python allows 200 levels)', true);
    s.brackets.push({ ch, from: pos });
    pushToken(s, 'op', pos, pos + 1);
    s.pos = pos + 1;
    return;
  }
  if ((ch === ':' || ch === '}') && fieldPunctuation(s, ch)) return;
  if (ch === ')' || ch === ']' || ch === '}') {
    closeBracket(s, ch);
    return;
  }
  const width = OPERATORS_3.has(src.slice(pos, pos + 3)) ? 3 : OPERATORS_2.has(src.slice(pos, pos + 2)) ? 2 : 1;
  pushToken(s, 'op', pos, pos + width);
  s.pos = pos + width;
}

interface Indentation {
  levels: number[];
  /** The same levels with a tab counted as one column: telling tabs from spaces (TabError). */
  altLevels: number[];
}

/** At the start of a logical line: INDENT/DEDENT tokens, or the indentation errors. */
function indent(s: TokenizerState, ind: Indentation, first: number, col: number, alt: number): void {
  // The line the indentation ends on (a backslash may have continued it from the line before).
  const lineStart = s.lineStarts[lineOf(s, first) - 1]!;
  const top = ind.levels[ind.levels.length - 1]!;
  const altTop = ind.altLevels[ind.altLevels.length - 1]!;
  const tabError = () => tokenizerError(s, lineStart, first, 'inconsistent use of tabs and spaces in indentation: indent with spaces only', false);
  if (col === top) {
    if (alt !== altTop) tabError();
  } else if (col > top) {
    if (alt <= altTop) tabError();
    if (ind.levels.length >= MAX_INDENTATION) tokenizerError(s, first, first + 1, 'too many levels of indentation (Python allows 99)', false);
    ind.levels.push(col);
    ind.altLevels.push(alt);
    pushToken(s, 'indent', first, first);
  } else {
    // CPython stops before making the DEDENT tokens: the error comes with the first of them.
    const tokenIndex = s.tokens.length;
    while (ind.levels.length > 1 && col < ind.levels[ind.levels.length - 1]!) {
      ind.levels.pop();
      ind.altLevels.pop();
      pushToken(s, 'dedent', first, first);
    }
    if (col !== ind.levels[ind.levels.length - 1]) {
      const end = Math.min(endOfLine(s.src, first), first + 1);
      tokenizerError(s, first, end, 'unindent does not match any outer indentation level: line it up with an enclosing block', false, { tokenIndex });
      s.cutoff = Math.min(s.cutoff, first);
    } else if (alt !== ind.altLevels[ind.altLevels.length - 1]) {
      tokenizerError(s, lineStart, first, 'inconsistent use of tabs and spaces in indentation: indent with spaces only', false, { tokenIndex });
    }
  }
}

export function tokenize(src: string): Tokens {
  const s: TokenizerState = { src, lineStarts: lineStartsOf(src), pos: 0, line: 1, tokens: [], errors: [], cutoff: Infinity, brackets: [], fstrings: [] };
  const ind: Indentation = { levels: [0], altLevels: [0] };
  const n = src.length;
  let atLineStart = true;

  for (;;) {
    const f = s.fstrings[s.fstrings.length - 1];
    if (f && (f.fields.length === 0 || f.fields[f.fields.length - 1]!.inSpec)) {
      readFStringText(s);
      continue;
    }
    if (s.pos >= n) break;
    if (atLineStart && s.brackets.length === 0) {
      // Measure the indentation as CPython does: tabs to multiples of 8, and (alt) as 1.
      let col = 0;
      let alt = 0;
      // A backslash in the indentation continues it on the next line; the column where the
      // first one stands (if not 0) is the line's indentation.
      let continuedAt = 0;
      let j = s.pos;
      for (; j < n; j++) {
        const c = src[j];
        if (c === ' ') col++, alt++;
        else if (c === '\t') (col = (Math.floor(col / 8) + 1) * 8), alt++;
        else if (c === '\f') col = alt = 0;
        else if (c === '\\' && (src[j + 1] === '\n' || src[j + 1] === '\r') && j + 2 < n) {
          continuedAt ||= col;
          j += src[j + 1] === '\r' && src[j + 2] === '\n' ? 2 : 1;
        } else break;
      }
      if (continuedAt) col = alt = continuedAt;
      const c = src[j];
      if (j >= n) {
        s.pos = j;
        break;
      }
      if (c === '#' || c === '\n' || c === '\r') {
        // Blank and comment-only lines do not count for indentation.
        const e = endOfLine(src, j);
        s.pos = src[e] === '\r' && src[e + 1] === '\n' ? e + 2 : e + 1;
        continue;
      }
      indent(s, ind, j, col, alt);
      atLineStart = false;
      s.pos = j;
    }
    const pos = s.pos;
    const ch = src[pos]!;
    const code = src.charCodeAt(pos);
    if (ch === '\n' || ch === '\r') {
      const end = ch === '\r' && src[pos + 1] === '\n' ? pos + 2 : pos + 1;
      if (s.brackets.length === 0) {
        pushToken(s, 'newline', pos, end);
        atLineStart = true;
      }
      s.pos = end;
    } else if (ch === ' ' || ch === '\t' || ch === '\f') {
      let j = pos + 1;
      while (src[j] === ' ' || src[j] === '\t') j++;
      s.pos = j;
    } else if (ch === '#') {
      s.pos = endOfLine(src, pos);
    } else if (ch === '\\') {
      const next = src[pos + 1];
      if (next === '\n' || next === '\r') {
        const after = next === '\r' && src[pos + 2] === '\n' ? pos + 3 : pos + 2;
        if (after >= n) tokenizerError(s, pos, pos + 1, 'unexpected end of the snippet after the line continuation character (\\)', false);
        s.pos = after;
      } else if (next === undefined) {
        tokenizerError(s, pos, pos + 1, 'unexpected end of the snippet after the line continuation character (\\)', false);
        s.pos = pos + 1;
      } else {
        tokenizerError(s, pos, pos + 1, 'unexpected character after line continuation character: the backslash must be the last character on the line', false);
        s.pos = pos + 1;
      }
    } else if (ch === '"' || ch === "'") {
      readString(s, pos, pos, '');
    } else if ((code >= 48 && code <= 57) || (ch === '.' && src.charCodeAt(pos + 1) >= 48 && src.charCodeAt(pos + 1) <= 57)) {
      const number = scanNumber(src, pos);
      if (number.error) tokenizerError(s, number.error.from, number.error.to, number.error.message, true);
      pushToken(s, 'number', pos, number.end);
      s.pos = number.end;
    } else if (code >= 128 || (isAsciiNameChar(code) && !(code >= 48 && code <= 57))) {
      readWord(s, pos);
    } else if (code < 32 || code === 127) {
      s.pos = invalidCharacter(s, pos);
    } else {
      readOperator(s);
    }
  }

  const endsWithNewline = n > 0 && (src[n - 1] === '\n' || src[n - 1] === '\r');
  // CPython reads a missing final newline into the source; its end tokens sit on the last line.
  const eofOffset = endsWithNewline ? (src[n - 1] === '\n' && src[n - 2] === '\r' ? n - 2 : n - 1) : n;
  const eofLine = lineOf(s, eofOffset);
  if (s.brackets.length > 0) {
    const innermost = s.brackets[s.brackets.length - 1]!;
    tokenizerError(s, innermost.from, innermost.from + 1, `'${innermost.ch}' was never closed`, false);
    s.cutoff = Math.min(s.cutoff, s.brackets[0]!.from);
  }
  if (!atLineStart) pushToken(s, 'newline', n, n, { line: lineOf(s, Math.max(0, n - 1)) });
  for (let k = 1; k < ind.levels.length; k++) pushToken(s, 'dedent', eofOffset, eofOffset, { line: eofLine });
  pushToken(s, 'end', eofOffset, eofOffset, { line: eofLine });
  return { tokens: s.tokens, errors: s.errors, cutoff: s.cutoff };
}
