import type { RawDiagnostic } from './tokens.ts';

/**
 * A numeric literal at `start` (a digit, or '.' before a digit), read as CPython 3.12's
 * tokenizer reads it: `end` is where the token stops, `error` what the tokenizer refuses
 * (`1__000`, `1_`, `0b2`, `0o8`, `0x`, `09`, `1e+`, `1abc`). A literal directly followed by one
 * of the keywords that can follow a number (`1if x else y`, `0x1for`) is only a warning.
 */
export interface ScannedNumber {
  end: number;
  error?: RawDiagnostic;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const isNameChar = (c: string | undefined) => c !== undefined && /^[A-Za-z0-9_]$/.test(c);

class NumberError {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

/** Past the maximal run of name characters and dots: where a refused literal's token ends. */
function skipRest(src: string, i: number): number {
  while (isNameChar(src[i]) || (src[i] === '.' && isDigit(src[i + 1]))) i++;
  return i;
}

/** Keywords that may follow a literal without a space (`1if`, `1or`): CPython only warns. */
function keywordFollows(src: string, i: number): boolean {
  const c = src[i];
  if (c === 'a') return src.startsWith('nd', i + 1);
  if (c === 'e') return src.startsWith('lse', i + 1);
  if (c === 'f') return src.startsWith('or', i + 1);
  if (c === 'i') return src[i + 1] === 'f' || src[i + 1] === 'n' || src[i + 1] === 's';
  if (c === 'o') return src[i + 1] === 'r';
  if (c === 'n') return src.startsWith('ot', i + 1);
  return false;
}

function endOfNumber(src: string, i: number, kind: string): number {
  if (!keywordFollows(src, i) && isNameChar(src[i])) throw new NumberError(i, `invalid ${kind} literal`);
  return i;
}

/** Digits with single underscores between them, from `i` (at a digit). */
function decimalTail(src: string, i: number): number {
  for (;;) {
    while (isDigit(src[i])) i++;
    if (src[i] !== '_') return i;
    if (!isDigit(src[i + 1])) throw new NumberError(i, 'invalid decimal literal');
    i++;
  }
}

function radixLiteral(src: string, i: number, isRadixDigit: (c: string | undefined) => boolean, kind: string): number {
  do {
    if (src[i] === '_') i++;
    if (!isRadixDigit(src[i])) {
      if (kind !== 'hexadecimal' && isDigit(src[i])) throw new NumberError(i, `invalid digit '${src[i]}' in ${kind} literal`);
      throw new NumberError(i, `invalid ${kind} literal`);
    }
    while (isRadixDigit(src[i])) i++;
  } while (src[i] === '_');
  if (kind !== 'hexadecimal' && isDigit(src[i])) throw new NumberError(i, `invalid digit '${src[i]}' in ${kind} literal`);
  return endOfNumber(src, i, kind);
}

/** Fraction, exponent and imaginary suffix, from `i` just past the integer part. */
function floatTail(src: string, i: number, sawDot: boolean): number {
  if (sawDot && isDigit(src[i])) i = decimalTail(src, i);
  if (src[i] === 'e' || src[i] === 'E') {
    const e = i;
    i++;
    if (src[i] === '+' || src[i] === '-') {
      i++;
      if (!isDigit(src[i])) throw new NumberError(i, 'invalid decimal literal');
    } else if (!isDigit(src[i])) {
      // `1else`: the number ends before the 'e'.
      return endOfNumber(src, e, 'decimal');
    }
    i = decimalTail(src, i);
  }
  if (src[i] === 'j' || src[i] === 'J') return endOfNumber(src, i + 1, 'imaginary');
  return endOfNumber(src, i, 'decimal');
}

function scan(src: string, start: number): number {
  if (src[start] === '.') return floatTail(src, start + 1, true);
  if (src[start] !== '0') {
    const i = decimalTail(src, start);
    if (src[i] === '.') return floatTail(src, i + 1, true);
    return floatTail(src, i, false);
  }
  const radix = src[start + 1];
  if (radix === 'x' || radix === 'X') return radixLiteral(src, start + 2, isHex, 'hexadecimal');
  if (radix === 'o' || radix === 'O') return radixLiteral(src, start + 2, (c) => c !== undefined && c >= '0' && c <= '7', 'octal');
  if (radix === 'b' || radix === 'B') return radixLiteral(src, start + 2, (c) => c === '0' || c === '1', 'binary');
  // Zeros, then maybe more digits: fine for a float (`09.5`, `00e1`, `09j`), refused for an integer.
  let i = start + 1;
  for (;;) {
    if (src[i] === '_') {
      if (!isDigit(src[i + 1])) throw new NumberError(i, 'invalid decimal literal');
      i++;
    }
    if (src[i] !== '0') break;
    i++;
  }
  const zerosEnd = i;
  const nonZero = isDigit(src[i]);
  if (nonZero) i = decimalTail(src, i);
  if (src[i] === '.') return floatTail(src, i + 1, true);
  if (src[i] === 'e' || src[i] === 'E' || src[i] === 'j' || src[i] === 'J') return floatTail(src, i, false);
  if (nonZero) {
    const literal = src.slice(start, i);
    const digits = literal.slice(zerosEnd - start);
    throw new NumberError(start, `leading zeros are not allowed in decimal integers ('${literal}'): write ${digits}${/[89]/.test(digits) ? '' : `, or 0o${digits} for an octal number`}`);
  }
  return endOfNumber(src, i, 'decimal');
}

export function scanNumber(src: string, start: number): ScannedNumber {
  try {
    return { end: scan(src, start) };
  } catch (e) {
    if (!(e instanceof NumberError)) throw e;
    const end = Math.max(skipRest(src, start), start + 1);
    const message = e.message.startsWith('invalid') && !e.message.includes("'") ? `${e.message}: '${src.slice(start, end)}' is not a number` : e.message;
    return { end, error: { from: start, to: end, message } };
  }
}
