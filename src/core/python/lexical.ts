/**
 * A small Python tokenizer pass that finds the errors CPython's tokenizer raises
 * and that the lezer grammar lets through or reports badly: unclosed strings,
 * unbalanced brackets, indentation (unexpected indent, unindent mismatch,
 * tabs/spaces mix, missing indented block), stray non-ASCII characters, a bad
 * line continuation, leading-zero integers.
 *
 * Offsets are UTF-16 code units into the source, like JavaScript strings and Monaco.
 */

export interface RawDiagnostic {
  from: number;
  to: number;
  message: string;
}

export interface LexicalResult {
  diagnostics: RawDiagnostic[];
  /**
   * Offset from which the rest of the source cannot be parsed sensibly (an
   * unclosed bracket or an unterminated triple-quoted string runs to the end):
   * parser errors at or after it are noise. `Infinity` when there is none.
   */
  cutoff: number;
}

const CLOSER_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const OPENER_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);
const IDENT = /[A-Za-z_\p{ID_Start}][\w\p{ID_Continue}]*/uy;
const NUMBER = /(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?|0[xXoObB][\w]*/y;
const BLOCK_PHRASE: Record<string, string> = {
  if: "'if' statement",
  elif: "'elif' statement",
  else: "'else' statement",
  for: "'for' statement",
  while: "'while' statement",
  try: "'try' statement",
  except: "'except' statement",
  finally: "'finally' statement",
  with: "'with' statement",
  match: "'match' statement",
  case: "'case' statement",
  def: 'function definition',
  class: 'class definition',
};
const SMART_QUOTES = new Set(['\u2018', '\u2019', '\u201c', '\u201d', '\u00ab', '\u00bb']);

function hex(code: number): string {
  return 'U+' + code.toString(16).toUpperCase().padStart(4, '0');
}

/** Line number (1-based) of an offset, given the sorted line-start offsets. */
export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function lineStartsOf(src: string): number[] {
  const starts = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function scanPython(src: string, lineStarts: readonly number[]): LexicalResult {
  const n = src.length;
  const diagnostics: RawDiagnostic[] = [];
  let cutoff = Infinity;
  const brackets: { ch: string; pos: number }[] = [];
  const indents = [0];
  const altIndents = [0];
  let atLineStart = true;
  let continuation = false;
  /** Last significant token of the current logical line: ':' or another. */
  let lastSig = '';
  let firstWord = '';
  let expectBlock: { line: number; keyword: string } | null = null;
  let softBlock = false;
  let i = 0;

  const lineEnd = (pos: number): number => {
    const e = src.indexOf('\n', pos);
    const end = e < 0 ? n : e;
    return end > pos && src[end - 1] === '\r' ? end - 1 : end;
  };
  const report = (from: number, to: number, message: string) => {
    diagnostics.push({ from, to: Math.max(to, from), message });
  };

  /** Skips a string literal starting at `start` (prefix included); returns the offset after it. */
  const scanString = (start: number, quotePos: number, prefix: string): number => {
    const q = src[quotePos]!;
    const triple = src[quotePos + 1] === q && src[quotePos + 2] === q;
    const fmt = prefix.includes('f');
    let j = quotePos + (triple ? 3 : 1);
    for (;;) {
      if (j >= n) {
        if (triple) {
          report(start, Math.min(lineEnd(start), start + 3 + prefix.length), 'unclosed triple-quoted string: it runs to the end of the snippet');
          cutoff = Math.min(cutoff, start);
        } else {
          report(start, lineEnd(start), `unclosed string: add the closing ${q}`);
        }
        return n;
      }
      const ch = src[j]!;
      if (ch === '\\') {
        const next = src[j + 1];
        // In an f-string a backslash does not hide a following brace.
        j += fmt && (next === '{' || next === '}') ? 1 : next === '\r' && src[j + 2] === '\n' ? 3 : 2;
      } else if (ch === q && (!triple || (src[j + 1] === q && src[j + 2] === q))) {
        return j + (triple ? 3 : 1);
      } else if ((ch === '\n' || ch === '\r') && !triple) {
        report(start, lineEnd(start), `unclosed string: add the closing ${q} before the end of the line`);
        return j;
      } else if (fmt && ch === '}') {
        if (src[j + 1] === '}') j += 2;
        else {
          report(j, j + 1, "single '}' in an f-string: write '}}' for a literal brace");
          j++;
        }
      } else if (fmt && ch === '{') {
        if (src[j + 1] === '{') j += 2;
        else j = scanReplacement(j + 1, triple);
      } else {
        j++;
      }
    }
  };

  /** Skips an f-string replacement field body (after `{`), Python 3.12 style: nested strings allowed. */
  const scanReplacement = (from: number, triple: boolean): number => {
    let depth = 0;
    let spec = false;
    let j = from;
    while (j < n) {
      const ch = src[j]!;
      if (ch === '}' && depth === 0) return j + 1;
      if ((ch === '\n' || ch === '\r') && !triple) return j; // let the outer string report
      if (spec) {
        // Format spec (after ':'): only nested replacement fields matter.
        if (ch === '{') {
          j = scanReplacement(j + 1, triple);
          continue;
        }
      } else if (ch === '{' || ch === '(' || ch === '[') depth++;
      else if (ch === '}' || ch === ')' || ch === ']') depth--;
      else if (ch === ':' && depth === 0 && src[j + 1] !== '=') spec = true;
      else if (ch === '"' || ch === "'") {
        j = scanString(j, j, '');
        continue;
      }
      j++;
    }
    return j;
  };

  const startLogicalLine = (pos: number): number => {
    // Measure indentation the way CPython does: tabs to multiples of 8 (col) and as 1 (alt).
    let col = 0;
    let alt = 0;
    let j = pos;
    for (; j < n; j++) {
      const ch = src[j];
      if (ch === ' ') {
        col++;
        alt++;
      } else if (ch === '\t') {
        col = (Math.floor(col / 8) + 1) * 8;
        alt++;
      } else if (ch === '\f') {
        col = 0;
        alt = 0;
      } else break;
    }
    const c = src[j];
    if (j >= n || c === '\n' || c === '\r' || c === '#') return j; // blank or comment-only line
    atLineStart = false;
    const top = indents[indents.length - 1]!;
    const altTop = altIndents[altIndents.length - 1]!;
    const tokenEnd = Math.min(lineEnd(j), j + Math.max(1, tokenLength(src, j)));
    if (col > top) {
      if (!expectBlock && !softBlock) report(j, tokenEnd, 'unexpected indent: this line is indented more than the line before it, which does not open a block');
      if (alt <= altTop) report(pos, j, 'inconsistent use of tabs and spaces in indentation');
      indents.push(col);
      altIndents.push(alt);
    } else {
      if (expectBlock) {
        report(
          j,
          tokenEnd,
          `expected an indented block after ${BLOCK_PHRASE[expectBlock.keyword] ?? "the line ending in ':'"} on line ${expectBlock.line}`,
        );
      }
      if (col < top) {
        while (indents.length > 1 && col < indents[indents.length - 1]!) {
          indents.pop();
          altIndents.pop();
        }
        if (col !== indents[indents.length - 1]) {
          report(j, tokenEnd, 'unindent does not match any outer indentation level');
          indents.push(col);
          altIndents.push(alt);
        } else if (alt !== altIndents[altIndents.length - 1]) {
          report(pos, j, 'inconsistent use of tabs and spaces in indentation');
        }
      } else if (alt !== altTop) {
        report(pos, j, 'inconsistent use of tabs and spaces in indentation');
      }
    }
    expectBlock = null;
    softBlock = false;
    return j;
  };

  while (i < n) {
    if (atLineStart) {
      i = startLogicalLine(i);
      if (i >= n) break;
    }
    const ch = src[i]!;
    const code = ch.charCodeAt(0);
    if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      i++;
      if (brackets.length === 0 && !continuation) {
        if (lastSig === ':') expectBlock = { line: lineOfOffset(lineStarts, i - 1), keyword: firstWord };
        // A block header missing its ':' (the parser reports that): its body may still be indented.
        else softBlock = firstWord in BLOCK_PHRASE;
        lastSig = '';
        firstWord = '';
        atLineStart = true;
      }
      continuation = false;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\f') {
      i++;
      continue;
    }
    if (ch === '#') {
      const e = src.indexOf('\n', i);
      i = e < 0 ? n : e;
      continue;
    }
    if (ch === '\\') {
      const next = src[i + 1];
      if (next === '\n' || next === '\r') {
        continuation = true;
        i++;
      } else if (next === undefined) {
        report(i, i + 1, 'line continuation character at the end of the snippet');
        i++;
      } else {
        report(i, i + 1, 'unexpected character after line continuation character: the backslash must be the last character on the line');
        i++;
      }
      continue;
    }
    if (ch === '"' || ch === "'") {
      i = scanString(i, i, '');
      lastSig = 'str';
      continue;
    }
    if (code < 128 && /[A-Za-z_]/.test(ch)) {
      IDENT.lastIndex = i;
      const m = IDENT.exec(src);
      const word = m ? m[0] : ch;
      const after = i + word.length;
      const q = src[after];
      if ((q === '"' || q === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
        i = scanString(i, after, word.toLowerCase());
        lastSig = 'str';
        continue;
      }
      if (!firstWord && brackets.length === 0) firstWord = word;
      lastSig = 'name';
      i = after;
      continue;
    }
    if ((code >= 48 && code <= 57) || (ch === '.' && /\d/.test(src[i + 1] ?? ''))) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(src);
      const text = m ? m[0] : ch;
      if (/^0[\d_]*[1-9][\d_]*$/.test(text)) {
        report(i, i + text.length, 'leading zeros are not allowed in decimal integers: write 0o… for an octal number');
      }
      i += text.length;
      lastSig = 'num';
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') {
      brackets.push({ ch, pos: i });
      lastSig = ch;
      i++;
      continue;
    }
    if (ch === ')' || ch === ']' || ch === '}') {
      const top = brackets[brackets.length - 1];
      if (!top) {
        report(i, i + 1, `unmatched '${ch}': there is no '${OPENER_OF[ch]}' for it to close`);
      } else if (CLOSER_OF[top.ch] === ch) {
        brackets.pop();
      } else {
        const line = lineOfOffset(lineStarts, top.pos);
        report(i, i + 1, `closing '${ch}' does not match the opening '${top.ch}' on line ${line}`);
        // Recover: close down to a matching opener if there is one, else ignore this closer.
        let k = brackets.length - 1;
        while (k >= 0 && CLOSER_OF[brackets[k]!.ch] !== ch) k--;
        if (k >= 0) brackets.length = k;
      }
      lastSig = ch;
      i++;
      continue;
    }
    if (code >= 128) {
      IDENT.lastIndex = i;
      const m = IDENT.exec(src);
      if (m && m.index === i) {
        if (!firstWord && brackets.length === 0) firstWord = m[0];
        lastSig = 'name';
        i += m[0].length;
        continue;
      }
      const cp = src.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const char = String.fromCodePoint(cp);
      if (SMART_QUOTES.has(char)) {
        report(i, i + width, `invalid character '${char}' (${hex(cp)}): use a plain ' or " quote`);
      } else if (/[\p{Z}\p{C}]/u.test(char)) {
        report(i, i + width, `invalid non-printable character ${hex(cp)} (often a non-breaking space pasted from a web page)`);
      } else {
        report(i, i + width, `invalid character '${char}' (${hex(cp)})`);
      }
      i += width;
      continue;
    }
    // ASCII operators and punctuation; the grammar judges them.
    lastSig = ch === ':' && src[i + 1] !== '=' ? ':' : 'op';
    i++;
  }

  if (brackets.length > 0) {
    const first = brackets[0]!;
    const last = brackets[brackets.length - 1]!;
    // The innermost unclosed bracket is usually the one that was forgotten; but an
    // error found after the opener (say an unclosed string) explains it better.
    if (!diagnostics.some((d) => d.from > first.pos)) report(last.pos, last.pos + 1, `'${last.ch}' was never closed`);
    cutoff = Math.min(cutoff, first.pos);
  }
  if (lastSig === ':' && brackets.length === 0 && !atLineStart) {
    expectBlock = { line: lineOfOffset(lineStarts, n), keyword: firstWord };
  }
  const pending = expectBlock as { line: number; keyword: string } | null;
  if (pending && brackets.length === 0) {
    const from = lineStarts[pending.line - 1]!;
    const end = lineEnd(from);
    cutoff = Math.min(cutoff, end);
    report(
      Math.max(from, end - 1),
      end,
      `expected an indented block after ${BLOCK_PHRASE[pending.keyword] ?? "the line ending in ':'"} on line ${pending.line}`,
    );
  }
  return { diagnostics, cutoff };
}

/** Length of the token at `pos` (a word, number, or one operator character). */
export function tokenLength(src: string, pos: number): number {
  IDENT.lastIndex = pos;
  const m = IDENT.exec(src);
  if (m) return m[0].length;
  NUMBER.lastIndex = pos;
  const num = NUMBER.exec(src);
  if (num) return num[0].length;
  return pos < src.length ? 1 : 0;
}
