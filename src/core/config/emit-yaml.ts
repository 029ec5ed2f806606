/**
 * A small YAML emitter for JSON values (strings, numbers, booleans, null, arrays, maps), with no
 * dependencies: it prints block style exactly as the `yaml` library (2.x) does for
 * `new Document(value, { version: '1.1' }).toString({ indent: 2, indentSeq: true, lineWidth: 0,
 * minContentWidth: 0 })`, so config.yaml can be written without loading that library.
 *
 * The rules below are the library's (stringifyString, stringifyPair, stringifyCollection,
 * stringifyNumber), reduced to those options:
 * - a string is plain unless plain text would be read as something else: an indicator first
 *   (`- `, `? `, `!`, `&`, `*`, `#`, `|`, `>`, `'`, `"`, `%`, `@`, `` ` ``, `[`…), `: ` or ` #`
 *   inside, a space or `:` last, or a YAML 1.1 null, bool, int, float, sexagesimal or timestamp
 *   (`"16.04"`, `"on"`, `"y"`, `"012"`, `"1_000"`, `"1:20"`, `"2001-01-01"`, `""`, `"~"`);
 * - then it is double-quoted, or single-quoted when it holds `"` but no `'`; control characters
 *   and lone surrogates always force double quotes (escaped as `\0 \a \v \e \xNN \uXXXX`);
 * - a multi-line value is a literal block (`|`, `|-`, `|+`, with an indentation indicator when
 *   the text starts with a space) unless its last line is only blanks, which is double-quoted
 *   (a long double-quoted string keeps its line breaks as folded lines);
 * - `<<` is always plain (the library prints it through its merge-key tag);
 * - a key whose text is longer than 1024 characters is written as an explicit `? key`;
 * - numbers as JSON prints them, with `-0`, `.nan`, `.inf`, `-.inf`; empty collections as `[]`, `{}`.
 *
 * One deliberate difference: text of only blanks and line breaks with at least one space (` `,
 * `  \n`, `\n \n`) is double-quoted where the library would write a literal block (a multi-line
 * value, or a Python snippet), because such a block reads back as other text or not at all.
 */
import { escapeHelmLineBreaks } from './helm-line-breaks.ts';

/** A JSON value (kept local so the module depends on nothing). */
export type EmitValue = null | boolean | number | string | EmitValue[] | { [key: string]: EmitValue };

export interface EmitOptions {
  /**
   * The key path (through maps) of a map whose string values are written as literal blocks even
   * when they are one line (`|-`), as config.yaml does for the Python snippets of
   * `hub.extraConfig`.
   */
  literalBlocksIn?: readonly string[];
}

/** The YAML document text for `value` (ends with a newline). */
export function emitYaml(value: EmitValue, options: EmitOptions = {}): string {
  const literalIn = options.literalBlocksIn;
  return `${nodeText(value, '', false, literalIn)}\n`;
}

/**
 * One map entry, `key: value`, of a block map whose lines start at `indent`: the entry's first line
 * without that indentation, its other lines with theirs, no final newline. `literal` writes a
 * string value as a literal block.
 */
export function emitEntry(key: string, value: EmitValue, indent: string, literal = false): string {
  return pairText(key, value, indent, literal, undefined);
}

/**
 * How `key` reads as the implicit key of an entry in a block map whose lines start at `indent`
 * (without the colon). Longer than {@link MAX_IMPLICIT_KEY} characters, the entry must be written
 * with an explicit key instead (`emitEntry` does).
 */
export function emitKey(key: string, indent: string): string {
  return indent === '' ? rootKeyText(key) : nestedKeyText(key);
}

/** The longest key text that may stand as an implicit key (`key: value`); longer ones use `? key`. */
export const MAX_IMPLICIT_KEY = 1024;

const STEP = '  ';

function nodeText(value: EmitValue, indent: string, literal: boolean, literalIn: readonly string[] | undefined): string {
  switch (typeof value) {
    case 'string':
      return stringText(value, indent, false, literal);
    case 'number':
      return numberText(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        if (value.length === 0) return '[]';
        const itemIndent = indent + STEP;
        let out = '';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += `\n${indent}`;
          out += `- ${nodeText(value[i]!, itemIndent, false, undefined)}`;
        }
        return out;
      } else {
        const keys = Object.keys(value);
        if (keys.length === 0) return '{}';
        // literalIn: the rest of the path to the map whose strings are literal blocks ([] = this one)
        const literalHere = literalIn !== undefined && literalIn.length === 0;
        let out = '';
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          if (i > 0) out += `\n${indent}`;
          const below = literalIn !== undefined && literalIn.length > 0 && literalIn[0] === key ? literalIn.slice(1) : undefined;
          out += pairText(key, value[key]!, indent, literalHere, below);
        }
        return out;
      }
    default:
      throw new TypeError(`cannot write a ${typeof value} as YAML`);
  }
}

function pairText(key: string, value: EmitValue, indent: string, literal: boolean, literalIn: readonly string[] | undefined): string {
  const inner = indent + STEP;
  const keyStr = indent === '' ? rootKeyText(key) : nestedKeyText(key);
  const explicit = keyStr.length > MAX_IMPLICIT_KEY;
  const head = explicit ? `? ${keyStr}\n${indent}:` : `${keyStr}:`;
  if (value !== null && typeof value === 'object') {
    const valueStr = nodeText(value, inner, false, literalIn);
    // A non-empty collection starts on the next line; `[]`, `{}` and any value after `? key` stay on this one.
    const empty = Array.isArray(value) ? value.length === 0 : valueStr === '{}';
    return !explicit && !empty ? `${head}\n${inner}${valueStr}` : `${head} ${valueStr}`;
  }
  return `${head} ${nodeText(value, inner, literal, undefined)}`;
}

// Key texts by key: a map's keys repeat across entries and edits. Keys at the root differ from
// nested ones only when they start with a document marker (`---`, `...`), quoted at the root.
const rootKeys = new Map<string, string>();
const nestedKeys = new Map<string, string>();
const KEY_CACHE_LIMIT = 10_000;

function rootKeyText(key: string): string {
  let text = rootKeys.get(key);
  if (text === undefined) {
    text = stringText(key, STEP, true, false);
    if (rootKeys.size >= KEY_CACHE_LIMIT) rootKeys.clear();
    rootKeys.set(key, text);
  }
  return text;
}

function nestedKeyText(key: string): string {
  let text = nestedKeys.get(key);
  if (text === undefined) {
    text = stringText(key, STEP + STEP, true, false);
    if (nestedKeys.size >= KEY_CACHE_LIMIT) nestedKeys.clear();
    nestedKeys.set(key, text);
  }
  return text;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '.nan' : n < 0 ? '-.inf' : '.inf';
  return Object.is(n, -0) ? '-0' : JSON.stringify(n);
}

// ---- strings ---------------------------------------------------------------------------------

/**
 * Control characters, lone surrogates, and what helm reads as a line break (U+0085, U+2028,
 * U+2029): only a double-quoted string can hold them, escaped.
 */
const FORCE_DOUBLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u{D800}-\u{DFFF}]/u;

/**
 * Plain text that may not stand as it is: a lone `-`/`?`, an indicator first, `: ` or ` #` inside,
 * blanks around a line break, a blank or `:` last.
 */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

/** Lines starting with `%`, `---` or `...`, which a YAML 1.1 reader may take for document markers. */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;

/** Plain scalars that YAML 1.1 resolves to something other than a string (the library's default tags). */
const NOT_A_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
];
/** Only strings starting with one of these characters can match a pattern of `NOT_A_STRING` (or be empty). */
const MAY_NOT_BE_A_STRING = /^(?:$|[-+.~0-9EeNnYyTtOoFf])/;

/**
 * A string scalar at `indent` (the indentation of lines that continue it). `implicitKey`: it is
 * the key of a `key: value` entry; `literal`: write it as a literal block where that is possible.
 */
function stringText(value: string, indent: string, implicitKey: boolean, literal: boolean): string {
  if (value === '<<') return '"<<"'; // plain, a YAML 1.1 reader takes it for a merge key
  if (FORCE_DOUBLE.test(value)) return doubleQuoted(value, indent, implicitKey);
  if (literal) return implicitKey ? quoted(value, indent, implicitKey) : blockText(value, indent, false);
  return plainText(value, indent, implicitKey);
}

function plainText(value: string, indent: string, implicitKey: boolean): string {
  const multiLine = value.includes('\n');
  if (implicitKey && multiLine) return quoted(value, indent, implicitKey);
  if (NOT_PLAIN.test(value)) {
    return implicitKey || !multiLine ? quoted(value, indent, implicitKey) : blockText(value, indent, false);
  }
  if (multiLine) return blockText(value, indent, false);
  if (DOCUMENT_MARKER.test(value)) {
    if (indent === '') return blockText(value, indent, true);
    if (implicitKey && indent === STEP) return quoted(value, indent, implicitKey);
  }
  if (MAY_NOT_BE_A_STRING.test(value)) {
    for (const test of NOT_A_STRING) if (test.test(value)) return quoted(value, indent, implicitKey);
  }
  return value;
}

function quoted(value: string, indent: string, implicitKey: boolean): string {
  return value.includes('"') && !value.includes("'")
    ? singleQuoted(value, indent, implicitKey)
    : doubleQuoted(value, indent, implicitKey);
}

function singleQuoted(value: string, indent: string, implicitKey: boolean): string {
  if ((implicitKey && value.includes('\n')) || /[ \t]\n|\n[ \t]/.test(value)) {
    return doubleQuoted(value, indent, implicitKey);
  }
  const ind = indent || (DOCUMENT_MARKER.test(value) ? STEP : '');
  return `'${value.replace(/'/g, "''").replace(/\n+/g, `$&\n${ind}`)}'`;
}

/** Shorter JSON texts keep `\n` escapes; longer ones break their lines (the library's doubleQuotedMinMultiLineLength). */
const MIN_MULTI_LINE_LENGTH = 40;

function doubleQuoted(value: string, indent: string, implicitKey: boolean): string {
  const json = JSON.stringify(value);
  const ind = indent || (DOCUMENT_MARKER.test(value) ? STEP : '');
  let str = '';
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      // a space before a line break is escaped so that folding keeps it
      str += `${json.slice(start, i)}\\ `;
      i += 1;
      start = i;
      ch = '\\';
    }
    if (ch !== '\\') continue;
    switch (json[i + 1]) {
      case 'u': {
        // JSON.stringify escapes as \uXXXX only control characters and lone surrogates (U+0085,
        // U+2028 and U+2029 it leaves raw: escapeHelmLineBreaks writes them \N, \L, \P)
        str += json.slice(start, i);
        const code = json.substr(i + 2, 4);
        switch (code) {
          case '0000':
            str += '\\0';
            break;
          case '0007':
            str += '\\a';
            break;
          case '000b':
            str += '\\v';
            break;
          case '001b':
            str += '\\e';
            break;
          default:
            str += code.startsWith('00') ? `\\x${code.slice(2)}` : json.substr(i, 6);
        }
        i += 5;
        start = i + 1;
        break;
      }
      case 'n':
        if (implicitKey || json[i + 2] === '"' || json.length < MIN_MULTI_LINE_LENGTH) {
          i += 1;
        } else {
          // a folded line break: one empty line per `\n`, the first one eaten by folding
          str += `${json.slice(start, i)}\n\n`;
          while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
            str += '\n';
            i += 2;
          }
          str += ind;
          // a space after a line break is escaped so that folding keeps it
          if (json[i + 2] === ' ') str += '\\';
          i += 1;
          start = i + 1;
        }
        break;
      default:
        i += 1;
    }
  }
  return escapeHelmLineBreaks(start ? str + json.slice(start) : json);
}

/** Runs of line breaks in a block's trailing blanks that are not at its very end: their next line is indented. */
const BLOCK_END_NEWLINES = /\n+(?!\n|$)/g;

/** Text of blanks and line breaks only, with at least one space. */
const BLANKS_WITH_A_SPACE = /^[\t\n]*[ ][ \t\n]*$/;

/** A literal block scalar (or a quoted string where a block cannot hold the text). */
function blockText(value: string, indent: string, forceIndent: boolean): string {
  // A block cannot end in blanks unless its last line has more than blanks.
  if (/\n[\t ]+$/.test(value)) return quoted(value, indent, false);
  // Deliberately unlike the library: it writes blanks-only text with a space (` `, ` \n`, `\n \n`)
  // as a block, whose lines of spaces read back as empty lines (or do not parse); quote it instead.
  if (BLANKS_WITH_A_SPACE.test(value)) return quoted(value, indent, false);
  const ind = indent || (forceIndent || DOCUMENT_MARKER.test(value) ? STEP : '');
  if (!value) return '|\n';
  // chomping, from the blanks and line breaks at the end
  let endStart = value.length;
  for (; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== '\n' && ch !== '\t' && ch !== ' ') break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf('\n');
  const chomp = endNlPos === -1 ? '-' : value === end || endNlPos !== end.length - 1 ? '+' : '';
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === '\n') end = end.slice(0, -1);
    end = end.replace(BLOCK_END_NEWLINES, `$&${ind}`);
  }
  // indentation indicator, when the text starts with a space (after any empty lines)
  let startWithSpace = false;
  let startEnd = 0;
  let startNlPos = -1;
  for (; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === ' ') startWithSpace = true;
    else if (ch === '\n') startNlPos = startEnd;
    else break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${ind}`);
  }
  const header = (startWithSpace ? (ind ? '2' : '1') : '') + chomp;
  return `|${header}\n${ind}${start}${value.replace(/\n+/g, `$&${ind}`)}${end}`;
}
