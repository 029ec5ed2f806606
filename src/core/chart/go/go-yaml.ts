/**
 * Go-flavoured YAML text, for the places where helm's output embeds `toYaml` text inside a string
 * (ConfigMap data, Secret stringData) and the bytes therefore matter.
 *
 * Helm's `toYaml` marshals through JSON and then go-yaml v2, so: map keys in go-yaml's "natural"
 * order, block style, sequences not indented under their key, strings quoted only when a plain
 * scalar would read back as something else, long plain/quoted scalars folded at 80 columns,
 * multi-line strings as literal blocks. This module re-implements that behaviour (it is written
 * from the behaviour, for the subset of YAML that JSON data can produce).
 */

import { BoundedMap, cachesEnabled } from '../cache.ts';

const BEST_WIDTH = 80;

// ---------------------------------------------------------------------------------------------
// key order (go-yaml v2 keyList.Less for string keys)

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}
function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

export function goKeyLess(a: string, b: string): boolean {
  const ar = Array.from(a);
  const br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]! < br[i]!;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++) an = an * 10 + (ar[ai]!.charCodeAt(0) - 48);
    for (; bi < br.length && isDigit(br[bi]!); bi++) bn = bn * 10 + (br[bi]!.charCodeAt(0) - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]! < br[i]!;
  }
  return ar.length < br.length;
}

const plainKeyRe = /^[A-Za-z][A-Za-z0-9]*$/;

export function goSortedKeys(obj: object): string[] {
  const keys = Object.keys(obj);
  if (keys.length < 2) return keys;
  // fast path: plain ASCII letter/digit keys without digits compare like strings
  if (keys.every((k) => plainKeyRe.test(k) && !/[0-9]/.test(k))) return keys.sort();
  return keys.sort((x, y) => (x === y ? 0 : goKeyLess(x, y) ? -1 : 1));
}

// ---------------------------------------------------------------------------------------------
// numbers as Go prints them

/** strconv.FormatFloat(f, 'g', -1, 64), which is also what `{{ x }}` prints for a float64. */
export function goFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  // shortest repr digits via JS (both are shortest round-trip)
  const e = f.toExponential(); // d.ddde±x
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const sign = m[1]!;
  const digits = m[2]! + (m[3] ?? '');
  const x = Number(m[4]);
  if (x < -4 || x >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const ax = Math.abs(x);
    return `${sign}${mant}e${x < 0 ? '-' : '+'}${ax < 10 ? '0' : ''}${ax}`;
  }
  // fixed notation
  if (x >= 0) {
    if (digits.length <= x + 1) return sign + digits + '0'.repeat(x + 1 - digits.length);
    return `${sign}${digits.slice(0, x + 1)}.${digits.slice(x + 1)}`;
  }
  return `${sign}0.${'0'.repeat(-x - 1)}${digits}`;
}

/** What a JSON number becomes after helm's JSON → YAML round trip in toYaml. */
export function goYamlNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  if (Number.isNaN(n)) return '.nan';
  if (!Number.isFinite(n)) return n > 0 ? '.inf' : '-.inf';
  return goFloat(n);
}

// ---------------------------------------------------------------------------------------------
// how go-yaml v2 would read a plain scalar (to decide quoting)

const nullRe = /^(?:~|null|Null|NULL|)$/;
const boolRe = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const floatRe = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const specialFloatRe = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const intRe = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9_]+)$/;
const base60Re = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const timestampRe =
  /^(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?)$/;

function goResolvesNonString(s: string): boolean {
  if (nullRe.test(s) || boolRe.test(s)) return true;
  const c = s.charCodeAt(0);
  // only strings starting like a number can be numbers / timestamps
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (specialFloatRe.test(s)) return true;
    const plain = s.replace(/_/g, '');
    if (intRe.test(s) && /[0-9]/.test(plain) && !/^[-+]?0[0-9]*[89]/.test(plain)) {
      // go: ParseInt(plain, 0, 64) / ParseUint; treat digit strings as ints
      if (/^[-+]?[0-9]+$/.test(plain) || /^[-+]?0x[0-9a-fA-F]+$/.test(plain) || /^[-+]?0b[01]+$/.test(plain)) return true;
      if (/^[-+]?0o?[0-7]+$/.test(plain)) return true;
    }
    if (floatRe.test(plain)) return true;
    if (timestampRe.test(s)) return true;
    if (base60Re.test(s)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// scalar analysis, after libyaml's yaml_emitter_analyze_scalar

interface Analysis {
  multiline: boolean;
  flowPlain: boolean;
  blockPlain: boolean;
  singleQuoted: boolean;
  block: boolean;
}

function isPrintable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    cp === 0x85 ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}
const isBreakCp = (cp: number) => cp === 0x0a || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
const isBlankzCp = (cp: number | undefined) =>
  cp === undefined || cp === 0x20 || cp === 0x09 || cp === 0 || isBreakCp(cp);

/** characters that are indicators at the start of a scalar: # , [ ] { } & * ! | > ' " % @ ` */
const START_INDICATORS = new Set([35, 44, 91, 93, 123, 125, 38, 42, 33, 124, 62, 39, 34, 37, 64, 96]);
/** characters that are flow indicators inside a scalar: , ? [ ] { } */
const FLOW_INDICATORS = new Set([44, 63, 91, 93, 123, 125]);

function analyze(s: string): Analysis {
  if (s.length === 0) return { multiline: false, flowPlain: false, blockPlain: true, singleQuoted: true, block: false };
  const cps: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    cps.push(c);
    if (c > 0xffff) i++;
  }
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  if (s.startsWith('---') || s.startsWith('...')) {
    blockIndicators = true;
    flowIndicators = true;
  }
  let precededByWhitespace = true;
  const last = cps.length - 1;
  for (let i = 0; i <= last; i++) {
    const cp = cps[i]!;
    const followedByWhitespace = isBlankzCp(cps[i + 1]);
    if (i === 0) {
      if (START_INDICATORS.has(cp)) {
        flowIndicators = true;
        blockIndicators = true;
      }
      if (cp === 63 || cp === 58) {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      }
      if (cp === 45 && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else {
      if (FLOW_INDICATORS.has(cp)) flowIndicators = true;
      if (cp === 58) {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      }
      if (cp === 35 && precededByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    }
    if (!isPrintable(cp)) specialCharacters = true;
    if (isBreakCp(cp)) lineBreaks = true;
    if (cp === 0x20) {
      if (i === 0) leadingSpace = true;
      if (i === last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreakCp(cp)) {
      if (i === 0) leadingBreak = true;
      if (i === last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankzCp(cp);
  }
  const a: Analysis = { multiline: lineBreaks, flowPlain: true, blockPlain: true, singleQuoted: true, block: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
    a.flowPlain = false;
    a.blockPlain = false;
  }
  if (trailingSpace) a.block = false;
  if (breakSpace) {
    a.flowPlain = false;
    a.blockPlain = false;
    a.singleQuoted = false;
  }
  if (spaceBreak || specialCharacters) {
    a.flowPlain = false;
    a.blockPlain = false;
    a.singleQuoted = false;
    a.block = false;
  }
  if (lineBreaks) {
    a.flowPlain = false;
    a.blockPlain = false;
  }
  if (flowIndicators) a.flowPlain = false;
  if (blockIndicators) a.blockPlain = false;
  return a;
}

// ---------------------------------------------------------------------------------------------
// scalars

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

interface EmitOptions {
  sortKeys: boolean;
  width: number;
  /** reuse text per object identity (only for objects registered as read-only: registerImmutable) */
  cache: boolean;
}

/**
 * Text of long strings (extraConfig snippets, …), remembered by content: re-printing a map whose
 * long strings did not change does not re-analyse them. Bounded in entries and characters.
 */
const stringCache = new BoundedMap<{ p: string; t: string }>(4096, 8_000_000);
const STRING_CACHE_MIN = 128;
const STRING_CACHE_MAX = 65536;

function stringText(s: string, indent: number, col: number, o: EmitOptions, simpleKey: boolean): string {
  if (s.length < STRING_CACHE_MIN || s.length > STRING_CACHE_MAX || !cachesEnabled()) return stringTextOf(s, indent, col, o, simpleKey);
  const p = `${simpleKey ? 1 : 0}/${indent}/${col}/${o.width}`;
  const hit = stringCache.get(s);
  if (hit && hit.p === p) return hit.t;
  const t = stringTextOf(s, indent, col, o, simpleKey);
  stringCache.set(s, { p, t }, s.length + t.length);
  return t;
}

function stringTextOf(s: string, indent: number, col: number, o: EmitOptions, simpleKey: boolean): string {
  const style = chooseStyle(s, simpleKey);
  if (style === 'plain') return simpleKey ? s : plainText(s, indent, col, o.width);
  if (style === 'single') return singleText(s, indent, col, o.width, !simpleKey);
  if (style === 'double') return doubleText(s, indent, col, o.width, !simpleKey);
  return literalText(s, indent);
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scalarText(v: unknown, indent: number, col: number, o: EmitOptions): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return goYamlNumber(v);
  return stringText(String(v), indent, col, o, false);
}

const sortedKeysCache = new WeakMap<object, string[]>();
function keysOf(m: Record<string, unknown>, o: EmitOptions): string[] {
  if (!o.sortKeys) return Object.keys(m);
  return goSortedKeysOf(m);
}

/** `goSortedKeys`, remembered for read-only objects (see registerImmutable). */
export function goSortedKeysOf(m: object): string[] {
  if (!cachesEnabled() || !cacheable.has(m)) return goSortedKeys(m);
  let keys = sortedKeysCache.get(m);
  if (!keys) {
    keys = goSortedKeys(m);
    sortedKeysCache.set(m, keys);
  }
  return keys;
}

/**
 * Emitted text of maps and lists, cached per (object, indent, inline) for each option set: the
 * values are read-only and share the chart defaults' subtrees, so most of a render hits the cache.
 */
type Cache = WeakMap<object, Map<number, string>>;
const caches = new Map<string, Cache>();
/** the cache per emitter options, found without building a key string (this runs per map and list) */
const cachesByOptions = new WeakMap<EmitOptions, Cache>();

function cacheFor(o: EmitOptions): Cache {
  let c = cachesByOptions.get(o);
  if (!c) {
    const k = `${o.sortKeys}/${o.width}`;
    c = caches.get(k);
    if (!c) caches.set(k, (c = new WeakMap()));
    cachesByOptions.set(o, c);
  }
  return c;
}

/**
 * Objects whose text may be cached: registered read-only data (the chart defaults, and the
 * config and merged values a render was given: the renderer treats its input as immutable, as
 * the page's structural-sharing updates make it). Anything else (rendered objects, the Traefik
 * configs built during a render) is emitted afresh.
 */
const cacheable = new WeakSet<object>();

/** Marks `root` and every map/list under it as immutable data whose YAML text can be reused. */
export function registerImmutable(root: unknown): void {
  if (typeof root !== 'object' || root === null || cacheable.has(root) || !cachesEnabled()) return;
  cacheable.add(root);
  for (const v of Object.values(root)) registerImmutable(v);
}

/** Whether `obj` was registered as read-only data (see registerImmutable). */
export function isImmutable(obj: object): boolean {
  return cacheable.has(obj);
}

/** The remembered text of `obj` at `slot`, if any (looked up before any text is made). */
function remembered(obj: object, slot: number, o: EmitOptions): string | undefined {
  if (!o.cache || !cachesEnabled() || !cacheable.has(obj)) return undefined;
  return cacheFor(o).get(obj)?.get(slot);
}

function remember(obj: object, slot: number, o: EmitOptions, text: string): string {
  if (!o.cache || !cachesEnabled() || !cacheable.has(obj)) return text;
  const cache = cacheFor(o);
  let m = cache.get(obj);
  if (!m) cache.set(obj, (m = new Map()));
  m.set(slot, text);
  return text;
}

/** A map with no keys (what keysOf would list, without sorting or allocating). */
function isEmptyMap(m: Record<string, unknown>): boolean {
  for (const _ in m) return false;
  return true;
}

/** Text after `key:` or `-`: a scalar with its leading space, or a nested block. */
function valueText(v: unknown, indent: number, col: number, o: EmitOptions, inSeq: boolean): string {
  if (isMap(v)) {
    if (isEmptyMap(v)) return ' {}';
    return '\n' + mapBody(v, indent + 2, false, o);
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return ' []';
    return '\n' + seqBody(v, inSeq ? indent + 2 : indent, false, o);
  }
  return ' ' + scalarText(v, indent + 2, col + 1, o);
}

function mapBody(m: Record<string, unknown>, indent: number, inline: boolean, o: EmitOptions): string {
  const slot = indent * 2 + (inline ? 1 : 0);
  const hit = remembered(m, slot, o);
  if (hit !== undefined) return hit;
  const pad = ' '.repeat(indent);
  let out = '';
  let first = true;
  for (const k of keysOf(m, o)) {
    const keyText = stringText(k, indent, indent, o, true);
    out += (first ? (inline ? '' : pad) : '\n' + pad) + keyText + ':';
    out += valueText(m[k], indent, indent + keyText.length + 1, o, false);
    first = false;
  }
  return remember(m, slot, o, out);
}

function seqBody(list: unknown[], indent: number, inline: boolean, o: EmitOptions): string {
  const slot = indent * 2 + (inline ? 1 : 0);
  const hit = remembered(list, slot, o);
  if (hit !== undefined) return hit;
  const pad = ' '.repeat(indent);
  let out = '';
  let first = true;
  for (const item of list) {
    out += first ? (inline ? '' : pad) : '\n' + pad;
    first = false;
    out += '-';
    if (isMap(item) && !isEmptyMap(item)) out += ' ' + mapBody(item, indent + 2, true, o);
    else if (Array.isArray(item) && item.length > 0) out += ' ' + seqBody(item, indent + 2, true, o);
    else out += valueText(item, indent, indent + 1, o, true);
  }
  return remember(list, slot, o, out);
}

function emit(v: unknown, o: EmitOptions): string {
  if (isMap(v)) return isEmptyMap(v) ? '{}' : mapBody(v, 0, false, o);
  if (Array.isArray(v)) return v.length === 0 ? '[]' : seqBody(v, 0, false, o);
  return scalarText(v, 0, 0, o);
}

const GO_TOYAML: EmitOptions = { sortKeys: true, width: BEST_WIDTH, cache: true };
const ORDERED: EmitOptions = { sortKeys: false, width: Infinity, cache: true };

/**
 * The text of one map entry as `toYaml` prints it in a block map at `indent`, without the line
 * break and indentation before it: `key:` and the value's text. A (non-inline) block map's text
 * is its entries in `goSortedKeysOf` order, each after `'\n' + ' '.repeat(indent)` (the first
 * after the indentation only), and a non-empty map value's text is `'\n'` then its own block
 * map at indent + 2.
 */
export function toYamlEntry(key: string, value: unknown, indent = 0): string {
  const keyText = stringText(key, indent, indent, GO_TOYAML, true);
  return keyText + ':' + valueText(value, indent, indent + keyText.length + 1, GO_TOYAML, false);
}

/** `key:` as `toYaml` prints a map key */
export function toYamlKey(key: string): string {
  return stringText(key, 0, 0, GO_TOYAML, true) + ':';
}

/** helm's `toYaml` (without the trailing newline, as helm trims it). */
export function toYaml(v: unknown): string {
  return emit(v, GO_TOYAML);
}

/**
 * The same block style and quoting rules, keeping the objects' own key order and never folding
 * lines: how the manifests preview prints a rendered object.
 */
export function toYamlOrdered(v: unknown): string {
  return emit(v, ORDERED);
}

/** helm's `toJson` (Go encoding/json: keys sorted, HTML characters escaped). */
export function toJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
    const abs = Math.abs(v);
    if (abs < 1e-6 || abs >= 1e21) {
      return goFloat(v).replace(/e([+-])0(\d)$/, 'e$1$2');
    }
    return String(v);
  }
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') {
    return JSON.stringify(v)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029');
  }
  if (Array.isArray(v)) return '[' + v.map(toJson).join(',') + ']';
  const obj = v as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  return '{' + keys.map((k) => toJson(k) + ':' + toJson(obj[k])).join(',') + '}';
}

/** `{{ x }}` in a Go template: fmt's %v, with helm's `<no value>` → "" replacement. */
export function goStr(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goFloat(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return '[' + v.map(goStr).join(' ') + ']';
  const obj = v as Record<string, unknown>;
  return 'map[' + Object.keys(obj).sort().map((k) => `${k}:${goStr(obj[k])}`).join(' ') + ']';
}
