import { analyze, isBreakCp, isPrintable } from './analyze-scalar.ts';
import { base60Re, goResolvesNonString } from './resolve-plain.ts';

// scalars: the style go-yaml picks for a string, and the text of each style

type Style = 'plain' | 'single' | 'double' | 'literal';

/** strings that are plain-safe by their characters alone (no spaces, no indicators) */
const SIMPLE_RE = /^[A-Za-z0-9_./][A-Za-z0-9_./=+-]*$/;

function chooseStyle(s: string, simpleKey: boolean): Style {
  if (SIMPLE_RE.test(s)) return goResolvesNonString(s) || base60Re.test(s) ? 'double' : 'plain';
  let style: Style;
  if (s.includes('\n')) style = 'literal';
  else if (!goResolvesNonString(s) && !base60Re.test(s)) style = 'plain';
  else style = 'double';
  const a = analyze(s);
  if (style === 'plain') {
    if (!a.blockPlain || (s.length === 0 && simpleKey) || (simpleKey && a.multiline)) style = 'single';
  }
  if (style === 'single' && !a.singleQuoted) style = 'double';
  if (style === 'literal' && (!a.block || simpleKey)) style = 'double';
  return style;
}

/** A plain scalar starting at column `col`, folded at single spaces past `width`. */
function plainText(s: string, indent: number, col: number, width: number): string {
  if (col + s.length <= width || !s.includes(' ')) return s;
  let out = '';
  let column = col;
  let spaces = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === ' ') {
      if (!spaces && column > width && s[i + 1] !== ' ') {
        out += '\n' + ' '.repeat(indent);
        column = indent;
      } else {
        out += ch;
        column++;
      }
      spaces = true;
    } else {
      out += ch;
      if (ch === '\n') column = 0;
      else column++;
      spaces = false;
    }
  }
  return out;
}

function singleText(s: string, indent: number, col: number, width: number, allowBreaks: boolean): string {
  let out = "'";
  let column = col + 1;
  let spaces = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === ' ') {
      if (allowBreaks && !spaces && column > width && i !== 0 && i !== s.length - 1 && s[i + 1] !== ' ') {
        out += '\n' + ' '.repeat(indent);
        column = indent;
      } else {
        out += ch;
        column++;
      }
      spaces = true;
    } else {
      const t = ch === "'" ? "''" : ch;
      out += t;
      column += t.length;
      spaces = false;
    }
  }
  return out + "'";
}

function escapeDouble(cp: number): string {
  switch (cp) {
    case 0x00:
      return '\\0';
    case 0x07:
      return '\\a';
    case 0x08:
      return '\\b';
    case 0x09:
      return '\\t';
    case 0x0a:
      return '\\n';
    case 0x0b:
      return '\\v';
    case 0x0c:
      return '\\f';
    case 0x0d:
      return '\\r';
    case 0x1b:
      return '\\e';
    case 0x22:
      return '\\"';
    case 0x5c:
      return '\\\\';
    case 0x85:
      return '\\N';
    case 0xa0:
      return '\\_';
    case 0x2028:
      return '\\L';
    case 0x2029:
      return '\\P';
  }
  if (cp <= 0xff) return '\\x' + cp.toString(16).toUpperCase().padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
  return '\\U' + cp.toString(16).toUpperCase().padStart(8, '0');
}

function doubleText(s: string, indent: number, col: number, width: number, allowBreaks: boolean): string {
  let out = '"';
  let column = col + 1;
  let spaces = false;
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const cp = ch.codePointAt(0)!;
    if (!isPrintable(cp) || cp === 0xfeff || isBreakCp(cp) || cp === 0x22 || cp === 0x5c) {
      const t = escapeDouble(cp);
      out += t;
      column += t.length;
      spaces = false;
    } else if (ch === ' ') {
      if (allowBreaks && !spaces && column > width && i !== 0 && i !== chars.length - 1) {
        out += '\n' + ' '.repeat(indent);
        column = indent;
        if (chars[i + 1] === ' ') {
          out += '\\';
          column++;
        }
      } else {
        out += ch;
        column++;
      }
      spaces = true;
    } else {
      out += ch;
      column++;
      spaces = false;
    }
  }
  return out + '"';
}

function literalText(s: string, indent: number): string {
  let hints = '';
  if (s.startsWith(' ') || s.startsWith('\n')) hints += '2';
  if (!s.endsWith('\n')) hints += '-';
  else if (s.length === 1 || s.endsWith('\n\n')) hints += '+';
  let out = '|' + hints;
  const pad = ' '.repeat(indent);
  const body = s.endsWith('\n') ? s.slice(0, -1) : s;
  for (const line of body.split('\n')) out += line === '' ? '\n' : '\n' + pad + line;
  return out;
}

/**
 * `s` as go-yaml prints it at `indent`, starting at column `col`: plain, single- or double-quoted
 * (folded past `width`), or a literal block; `simpleKey` for a map key.
 */
export function stringTextOf(s: string, indent: number, col: number, width: number, simpleKey: boolean): string {
  const style = chooseStyle(s, simpleKey);
  if (style === 'plain') return simpleKey ? s : plainText(s, indent, col, width);
  if (style === 'single') return singleText(s, indent, col, width, !simpleKey);
  if (style === 'double') return doubleText(s, indent, col, width, !simpleKey);
  return literalText(s, indent);
}
