import type { RawDiagnostic } from './tokens.ts';

/**
 * The escapes CPython refuses when it decodes a string literal (a compile-time error, not a
 * warning): `\x`, `\u`, `\U` without enough hex digits, `\N` without a well-formed name, a code
 * point past U+10FFFF; in bytes, `\x` without two hex digits and any non-ASCII character. Other
 * unknown escapes (`\d`, `\q`) are only a SyntaxWarning in 3.12 and pass.
 */
const HEX = /^[0-9a-fA-F]$/;
const SIMPLE_ESCAPES = new Set(['\\', "'", '"', 'a', 'b', 'f', 'n', 'r', 't', 'v', '\n', '\r']);
/** What a Unicode character name can look like (lookup ignores case): words of letters and digits. */
const NAME_CHARACTERS = /^[A-Za-z0-9]+(?:(?: -|[ -])[A-Za-z0-9]+)*$/;

function countHex(src: string, from: number, to: number, max: number): number {
  let n = 0;
  while (n < max && from + n < to && HEX.test(src[from + n]!)) n++;
  return n;
}

const WINDOWS_PATH_HINT = 'for a Windows path write a raw string (r"C:\\Users\\…") or double each backslash';

function unicodeEscapeProblem(src: string, at: number, to: number): RawDiagnostic | null {
  const kind = src[at + 1];
  if (kind === 'x' || kind === 'u' || kind === 'U') {
    const want = kind === 'x' ? 2 : kind === 'u' ? 4 : 8;
    const got = countHex(src, at + 2, to, want);
    const form = `\\${kind}${'X'.repeat(want)}`;
    if (got < want) {
      return { from: at, to: at + 2 + got, message: `truncated ${form} escape: '\\${kind}' must be followed by ${want} hex digits; ${WINDOWS_PATH_HINT}` };
    }
    if (kind === 'U' && parseInt(src.slice(at + 2, at + 10), 16) > 0x10ffff) {
      return { from: at, to: at + 10, message: `illegal Unicode character '\\${src.slice(at + 1, at + 10)}': the largest is \\U0010FFFF` };
    }
    return null;
  }
  if (kind === 'N') {
    const close = src[at + 2] === '{' ? src.indexOf('}', at + 3) : -1;
    if (close < 0 || close >= to || close === at + 3) {
      return { from: at, to: at + 2, message: `malformed \\N character escape: write \\N{NAME OF THE CHARACTER}; ${WINDOWS_PATH_HINT}` };
    }
    // Which names exist needs Unicode's name list; only a name no character can have is refused.
    if (!NAME_CHARACTERS.test(src.slice(at + 3, close))) {
      return { from: at, to: close + 1, message: `unknown Unicode character name in '${src.slice(at, close + 1)}'` };
    }
  }
  return null;
}

/**
 * The first problem in the body of a non-raw literal, src[from, to) (between the quotes; for an
 * f-string, one literal part). `\N{…}` in an f-string part is whole: the tokenizer keeps it.
 */
export function escapeProblem(src: string, from: number, to: number, bytes: boolean): RawDiagnostic | null {
  for (let i = src.indexOf('\\', from); i >= 0 && i < to; i = src.indexOf('\\', i)) {
    const next = src[i + 1];
    if (next === undefined || i + 1 >= to) return null;
    if (SIMPLE_ESCAPES.has(next)) {
      i += next === '\r' && src[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (bytes) {
      if (next === 'x' && countHex(src, i + 2, to, 2) < 2) {
        return { from: i, to: i + 2, message: `invalid \\x escape in bytes: '\\x' must be followed by 2 hex digits` };
      }
    } else {
      const problem = unicodeEscapeProblem(src, i, to);
      if (problem) return problem;
    }
    i += 2;
  }
  return null;
}

/** A bytes literal may only hold ASCII characters (escapes give the others). */
export function nonAsciiInBytes(src: string, from: number, to: number): RawDiagnostic | null {
  for (let i = from; i < to; i++) {
    if (src.charCodeAt(i) > 127) {
      return { from: i, to: i + 1, message: `bytes can only contain ASCII literal characters: write '${src[i]}' as an escape such as \\xNN` };
    }
  }
  return null;
}
