/**
 * Where a position in a config.yaml text is, found from indentation alone: the admin is typing, so
 * the text is often not YAML yet (`singleuser:` with nothing under it, a half-typed key), and a
 * parser's tree would not say. Block mappings and lists are read; flow collections (`{…}`, `[…]`)
 * and block scalars (`|`, `>`) hold no keys, so nothing is offered inside them.
 */

/** One line as the indentation reader sees it. */
interface LineShape {
  /** column (0-based) of each `- ` list dash that starts the line */
  dashes: number[];
  /** column (0-based) where the line's content after its dashes starts */
  indent: number;
  /** the key written there (`key:`), if the content is a mapping key */
  key?: string;
  /** what follows the key's colon, comments removed */
  rest: string;
  /** the line holds nothing but spaces or a comment */
  blank: boolean;
}

const KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"{[\]},&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?))\s*:(?:\s|$)/;

function shapeOf(line: string): LineShape {
  const dashes: number[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === ' ') i++;
    if (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) {
      dashes.push(i);
      i++;
      continue;
    }
    break;
  }
  const content = line.slice(i);
  const blank = content.trim() === '' || content.startsWith('#');
  const m = KEY.exec(content);
  if (!m) return { dashes, indent: i, rest: content, blank };
  const key = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2] !== undefined ? m[2].replace(/''/g, "'") : m[3]!;
  return { dashes, indent: i, key, rest: stripComment(content.slice(m[0].length)).trim(), blank };
}

function stripComment(s: string): string {
  const hash = s.search(/(^|\s)#/);
  return hash === -1 ? s : s.slice(0, hash);
}

/** A block scalar's header (`|`, `>-`, `|2+` …): the lines under it are text, not keys. */
function opensBlockScalar(rest: string): boolean {
  return /^[|>][-+0-9]*$/.test(rest);
}

/** The document separator, or its end: paths never reach across one. */
function isDocumentBreak(line: string): boolean {
  return /^(---|\.\.\.)(\s|$)/.test(line);
}

/**
 * The path of the mapping (or list) that holds whatever sits at `indent` on line `lineIndex`
 * (0-based), read upward; `null` inside a block scalar or a flow collection. List items are
 * numbered from 0 in their list.
 */
function parentPath(lines: readonly string[], lineIndex: number, startIndent: number, startDashes: number[]): (string | number)[] | null {
  const path: (string | number)[] = [];
  let indent = startIndent;
  // the cursor's own line may start inside list items (`  - name: …`)
  for (let d = startDashes.length - 1; d >= 0; d--) {
    path.unshift(itemIndex(lines, lineIndex, startDashes[d]!));
    indent = startDashes[d]!;
  }
  for (let i = lineIndex - 1; i >= 0 && indent > 0; i--) {
    const line = lines[i]!;
    if (isDocumentBreak(line)) break;
    const shape = shapeOf(line);
    if (shape.blank) continue;
    // a line at or right of the indent is a sibling or below one: not on the way up
    if (shape.indent >= indent && (shape.dashes.length === 0 || shape.dashes[0]! >= indent)) continue;
    if (shape.indent < indent) {
      if (shape.key === undefined) return null; // text, a flow collection or a scalar item above: no keys here
      if (opensBlockScalar(shape.rest)) return null;
      if (shape.rest !== '' && !shape.rest.startsWith('&') && !shape.rest.startsWith('!')) return null;
      path.unshift(shape.key);
      indent = shape.indent;
    }
    // the line's dashes left of the indent are the list items the path goes through
    for (let d = shape.dashes.length - 1; d >= 0; d--) {
      if (shape.dashes[d]! < indent) {
        path.unshift(itemIndex(lines, i, shape.dashes[d]!));
        indent = shape.dashes[d]!;
      }
    }
  }
  return path;
}

/** Which item of its list the item whose dash is at `column` on line `lineIndex` is (0 for the first). */
function itemIndex(lines: readonly string[], lineIndex: number, column: number): number {
  let n = 0;
  for (let i = lineIndex - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (isDocumentBreak(line)) break;
    const shape = shapeOf(line);
    if (shape.blank) continue;
    const left = shape.dashes.length ? Math.min(shape.dashes[0]!, shape.indent) : shape.indent;
    if (left < column) break;
    if (shape.dashes.includes(column)) n++;
  }
  return n;
}

/** Where a key may be typed at the cursor: the mapping it goes in and what is typed of it so far. */
export interface KeyContext {
  /** the path of the mapping from the text's top (a parent chart's key included) */
  path: (string | number)[];
  /** what is typed of the key before the cursor */
  typed: string;
  /** the 1-based column the typed part starts at (what a completion replaces) */
  fromColumn: number;
  /** the keys already written in that mapping (other than on the cursor's line) */
  siblings: Set<string>;
}

/**
 * The key context at a 1-based line and column, or undefined where no key goes (after a key's
 * colon, in a comment, a block scalar or a flow collection).
 */
export function keyContextAt(text: string, line: number, column: number): KeyContext | undefined {
  const lines = text.split(/\r?\n/);
  const current = lines[line - 1];
  if (current === undefined) return undefined;
  const before = current.slice(0, column - 1);
  const m = /^((?:\s*-(?= |$))*\s*)([^\s:#'"{[\]},&*!|>%@`]*)$/.exec(before);
  if (!m) return undefined;
  const shape = shapeOf(before);
  const indent = m[1]!.length;
  const path = parentPath(lines, line - 1, indent, shape.dashes);
  if (!path) return undefined;
  return { path, typed: m[2]!, fromColumn: indent + 1, siblings: siblingKeys(lines, line - 1, indent, shape.dashes.length > 0) };
}

/** Keys at `indent` in the block around line `lineIndex` (up to a line left of it, either way). */
function siblingKeys(lines: readonly string[], lineIndex: number, indent: number, startsItem: boolean): Set<string> {
  const keys = new Set<string>();
  const scan = (from: number, step: 1 | -1) => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const line = lines[i]!;
      if (isDocumentBreak(line)) return;
      const shape = shapeOf(line);
      if (shape.blank) continue;
      const left = shape.dashes.length ? shape.dashes[0]! : shape.indent;
      if (left < indent) return;
      // another item of the same list begins: its keys are not siblings
      if (shape.dashes.length && shape.indent === indent) {
        if (step === 1) return;
        if (shape.key !== undefined) keys.add(shape.key);
        return;
      }
      if (shape.indent === indent && shape.key !== undefined) keys.add(shape.key);
    }
  };
  scan(lineIndex + 1, 1);
  if (!startsItem) scan(lineIndex - 1, -1);
  return keys;
}

/** The key under the cursor and the path to it, for a hover; undefined off a key. */
export function keyPathAt(text: string, line: number, column: number): { path: (string | number)[]; fromColumn: number; toColumn: number } | undefined {
  const lines = text.split(/\r?\n/);
  const current = lines[line - 1];
  if (current === undefined) return undefined;
  const shape = shapeOf(current);
  if (shape.key === undefined) return undefined;
  const start = shape.indent + 1;
  const colon = current.indexOf(':', shape.indent + (current[shape.indent] === '"' || current[shape.indent] === "'" ? shape.key.length + 2 : 0));
  if (column < start || column > colon + 1) return undefined;
  const parent = parentPath(lines, line - 1, shape.indent, shape.dashes);
  if (!parent) return undefined;
  return { path: [...parent, shape.key], fromColumn: start, toColumn: colon + 1 };
}
