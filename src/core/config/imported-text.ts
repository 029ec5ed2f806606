import { Document, isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { deepEqual, isObject, type Json, type JsonObject, type Path } from '../model/json.ts';
import { setIn } from '../model/paths.ts';
import { inChartOrder } from './key-order.ts';
import { helmSafeText, WRITE_DOCUMENT_OPTIONS } from './yaml-for-helm.ts';
import { applyEdits, CannotPatch, detectLayout, TextPatcher, valueEnd, type Edit, type Layout } from './patch-text.ts';
import { upgradeValues, type UpgradeMove, type UpgradeResult } from './upgrade.ts';
import { mergeDocuments } from '../values/merge-documents.ts';
import { readValuesFile, type ValuesFile } from '../values/read-values-file.ts';
import { MAX_ALIAS_COUNT, parseDocuments, type ParsedDocument } from '../values/yaml-reader.ts';

/** A text read once: its documents, their data and its layout. */
interface Source {
  text: string;
  docs: ParsedDocument[];
  docData: (JsonObject | null)[];
  data: JsonObject;
  layout: Layout;
}

/** An imported file made ready for downloads: read, upgraded, and the upgrade written into the text. */
export interface PreparedImport {
  read: ValuesFile;
  upgrade: UpgradeResult;
  /** the chart's values after the upgrade: a download with exactly these gives `baseText` */
  values: JsonObject;
  /** the imported text with the upgrade applied (the original text when nothing was upgraded) */
  baseText: string;
  base: Source;
  wrapperPath: string[];
}

const MEMO_SIZE = 4;
const memo = new Map<string, PreparedImport | null>();

/**
 * Reads, upgrades and patches an imported text once; later calls with the same text (every
 * keystroke of the admin) reuse the result. Undefined when the text cannot be read.
 */
export function prepareImport(text: string, wrapperPath?: readonly string[]): PreparedImport | undefined {
  const key = `${wrapperPath ? wrapperPath.join('\u0000') : '?'}\u0001${text}`;
  if (memo.has(key)) {
    const hit = memo.get(key)!;
    memo.delete(key);
    memo.set(key, hit);
    return hit ?? undefined;
  }
  const prepared = prepare(text, wrapperPath);
  memo.set(key, prepared ?? null);
  while (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  return prepared;
}

function prepare(text: string, wrapperPathHint?: readonly string[]): PreparedImport | undefined {
  const result = readValuesFile(text, { maxBytes: Infinity, ...(wrapperPathHint ? { wrapperPath: wrapperPathHint } : {}) });
  if (!result.ok) return undefined;
  const read = result.file;
  const { wrapperPath, values } = read;
  const upgrade = upgradeValues(values);
  const source = sourceOf(text);
  if (!source) return undefined;
  let baseText = text;
  if (upgrade.changes.length > 0 && !deepEqual(upgrade.values, values)) {
    baseText = upgradeText(source, wrapperPath, upgrade.values, upgrade.moves);
  }
  const base = baseText === text ? source : sourceOf(baseText);
  if (!base) return undefined;
  return { read, upgrade, values: upgrade.values, baseText, base, wrapperPath };
}

function valuesAt(data: JsonObject, path: readonly string[]): JsonObject {
  let node: Json | undefined = data;
  for (const step of path) node = isObject(node) ? node[step] : undefined;
  return isObject(node) ? node : {};
}

function sourceOf(text: string): Source | undefined {
  const docs = parseDocuments(text);
  if (docs.some((d) => d.errors.length > 0)) return undefined;
  const docData: (JsonObject | null)[] = [];
  for (const doc of docs) {
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      return undefined; // a text that does not read back (the patcher's check then falls back)
    }
    if (data === null || data === undefined) docData.push(null);
    else if (isObject(data)) docData.push(data as JsonObject);
    else return undefined;
  }
  let data: JsonObject = {};
  let first = true;
  for (const d of docData) {
    if (!d) continue;
    data = first ? d : mergeDocuments(data, d);
    first = false;
  }
  const root = docs.find((d) => d.contents)?.contents ?? null;
  return { text, docs, docData, data, layout: detectLayout(text, root as Node | null) };
}

/** The text of a download: the imported file with `values` written in at the wrapper. */
export function writeImported(prepared: PreparedImport, values: JsonObject): string {
  if (values === prepared.values || deepEqual(values, prepared.values)) return prepared.baseText;
  return patchValues(prepared.base, prepared.wrapperPath, values);
}

/** The upgrade written into the text: moved blocks keep their comments, then the rest is patched. */
function upgradeText(source: Source, wrapperPath: string[], values: JsonObject, moves: UpgradeMove[]): string {
  if (moves.length > 0 && source.docs.length === 1) {
    try {
      const moved = applyMoves(source, wrapperPath, moves);
      const movedSource = moved === source.text ? source : sourceOf(moved);
      if (movedSource) {
        const out = patchValuesChecked(movedSource, wrapperPath, values, expectedData(source, wrapperPath, values));
        if (out !== undefined) return out;
      }
    } catch (error) {
      if (!(error instanceof CannotPatch)) throw error;
    }
  }
  return patchValues(source, wrapperPath, values);
}

function expectedData(source: Source, wrapperPath: string[], values: JsonObject): JsonObject {
  return wrapperPath.length ? setIn(source.data, wrapperPath, values) : values;
}

/** Patches a text to hold `values` at the wrapper; falls back to writing the file afresh if it must. */
export function patchValues(source: Source, wrapperPath: string[], values: JsonObject): string {
  const expected = expectedData(source, wrapperPath, values);
  const out = patchValuesChecked(source, wrapperPath, values, expected);
  if (out !== undefined) return out;
  // Last resort: correct data, comments lost.
  const fresh = wrapperPath.length ? setIn(source.data, wrapperPath, inChartOrder(values)) : inChartOrder(values);
  if (Object.keys(fresh).length === 0) return '{}\n';
  const doc = new Document(fresh, WRITE_DOCUMENT_OPTIONS);
  return helmSafeText(doc, { indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0 });
}

function patchValuesChecked(source: Source, wrapperPath: string[], values: JsonObject, expected: JsonObject): string | undefined {
  let out: string;
  try {
    out = patchOnce(source, wrapperPath, values);
  } catch (error) {
    if (!(error instanceof CannotPatch) && !(error instanceof Error && error.message === 'overlapping edits')) throw error;
    return undefined;
  }
  const check = sourceOf(out);
  if (!check || !deepEqual(check.data, expected)) return undefined;
  return out;
}

function patchOnce(source: Source, wrapperPath: string[], values: JsonObject): string {
  const { text, docs, docData, layout } = source;
  // The document edits go to: the last one with data (Helm merges later over earlier).
  let target = -1;
  for (let i = docData.length - 1; i >= 0; i--) if (docData[i]) { target = i; break; }
  if (target === -1) return appendValues(text, wrapperPath, values, layout);
  let base: JsonObject = {};
  for (let i = 0; i < target; i++) if (docData[i]) base = mergeDocuments(base, docData[i]!);
  const own = docData[target]!;
  let docValues: JsonObject;
  if (target === 0 || !hasAny(docData.slice(0, target))) {
    docValues = wrapperPath.length ? setIn(own, wrapperPath, values) : values;
  } else {
    // Later documents override earlier ones: write the difference from the earlier ones.
    const baseValues = valuesAt(base, wrapperPath);
    const ownValues = valuesAt(own, wrapperPath);
    const overlay = overlayFor(baseValues, values, ownValues);
    docValues = wrapperPath.length ? setIn(own, wrapperPath, overlay) : overlay;
  }
  const doc = docs[target]!;
  const root = doc.contents as Node | null;
  const patcher = new TextPatcher(text, layout, (docPath) => inValues(docPath, wrapperPath));
  if (isMap(root) && !root.flow && root.items.length > 0) {
    patcher.patchRoot(root as YAMLMap, own, docValues);
    return applyEdits(text, patcher.edits);
  }
  // An empty or flow-style document: write it out as a block.
  const rendered = renderBlock(docValues, layout, wrapperPath);
  if (root && root.range && root.range[1] > root.range[0] && !(isScalar(root) && root.value === null)) {
    return applyEdits(text, [{ start: root.range[0], end: root.range[1], text: rendered.replace(/\n$/, '') }]);
  }
  return appendText(text, rendered);
}

function hasAny(list: (JsonObject | null)[]): boolean {
  return list.some((d) => d !== null);
}

function inValues(docPath: Path, wrapperPath: string[]): Path | undefined {
  if (docPath.length < wrapperPath.length) return undefined;
  for (let i = 0; i < wrapperPath.length; i++) if (docPath[i] !== wrapperPath[i]) return undefined;
  const rest = docPath.slice(wrapperPath.length);
  return rest.some((s) => typeof s === 'number') ? undefined : rest;
}

/** What the last document must say so that merging it over `base` gives `want` (keeping what it says already). */
function overlayFor(base: JsonObject, want: JsonObject, own: JsonObject): JsonObject {
  const out: JsonObject = {};
  const keys = new Set([...Object.keys(own), ...Object.keys(want), ...Object.keys(base)]);
  for (const key of keys) {
    const b = base[key];
    const w = want[key];
    const o = own[key];
    if (w === undefined) {
      if (b !== undefined) out[key] = null;
      else if (o === null) out[key] = null;
      continue;
    }
    if (isObject(b) && isObject(w) && (o === undefined || isObject(o))) {
      const sub = overlayFor(b, w, isObject(o) ? o : {});
      if (Object.keys(sub).length > 0 || o !== undefined) out[key] = sub;
      continue;
    }
    if (o !== undefined || !deepEqual(b, w)) out[key] = w;
  }
  return out;
}

function renderBlock(values: JsonObject, layout: Layout, wrapperPath: string[]): string {
  if (Object.keys(values).length === 0) return '{}\n';
  const ordered = wrapperPath.length ? values : inChartOrder(values);
  const doc = new Document(ordered, WRITE_DOCUMENT_OPTIONS);
  return helmSafeText(doc, {
    indent: layout.indent,
    indentSeq: layout.indentSeq,
    lineWidth: 0,
    minContentWidth: 0,
  });
}

function appendValues(text: string, wrapperPath: string[], values: JsonObject, layout: Layout): string {
  if (Object.keys(values).length === 0) return text;
  const data = wrapperPath.length ? setIn({}, wrapperPath, inChartOrder(values)) : values;
  return appendText(text, renderBlock(data, layout, wrapperPath));
}

function appendText(text: string, block: string): string {
  if (text.trim() === '') return block;
  return text + (text.endsWith('\n') ? '' : '\n') + block;
}

// ---- moves -------------------------------------------------------------------------------------

/** The last pair for `key` in a block map (Helm keeps the last of repeated keys). */
function lastPair(map: YAMLMap, key: string): Pair | undefined {
  let found: Pair | undefined;
  for (const pair of map.items as Pair[]) if (isScalar(pair.key) && String(pair.key.value) === key) found = pair;
  return found;
}

function blockMap(node: unknown): YAMLMap | undefined {
  return isMap(node) && !node.flow && node.items.length > 0 ? (node as YAMLMap) : undefined;
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function renderKey(key: string): string {
  const doc = new Document({ [key]: 0 }, WRITE_DOCUMENT_OPTIONS);
  const out = helmSafeText(doc, {});
  return out.slice(0, out.lastIndexOf(': 0'));
}

/** Shifts every line after the first by `delta` columns (negative: removes leading spaces). */
function shiftLines(fragment: string, delta: number): string {
  if (delta === 0) return fragment;
  return fragment
    .split('\n')
    .map((line, i) => {
      if (i === 0 || line === '') return line;
      if (delta > 0) return ' '.repeat(delta) + line;
      const spaces = line.length - line.trimStart().length;
      return line.slice(Math.min(spaces, -delta));
    })
    .join('\n');
}

/**
 * Moves the text of whole blocks for the upgrade's moves (`hub.extraConfigMap` → `custom` …), so
 * that the comments inside them come along. Moves that cannot be done in the text are left to
 * the patch that follows (which writes those values fresh).
 */
function applyMoves(source: Source, wrapperPath: string[], moves: UpgradeMove[]): string {
  let text = source.text;
  for (const move of moves) {
    const docs = parseDocuments(text);
    const root = blockMap(docs[0]?.contents);
    if (!root || docs.length !== 1) break;
    const layout = detectLayout(text, root);
    const next = moveOnce(text, root, layout, [...wrapperPath, ...move.from.map(String)], [...wrapperPath, ...move.to.map(String)], wrapperPath);
    if (next !== undefined) text = next;
  }
  return text;
}

function moveOnce(text: string, root: YAMLMap, layout: Layout, from: string[], to: string[], wrapperPath: string[]): string | undefined {
  // find the pair to move
  let map: YAMLMap | undefined = root;
  let pair: Pair | undefined;
  for (let i = 0; i < from.length; i++) {
    if (!map) return undefined;
    pair = lastPair(map, from[i]!);
    if (!pair) return undefined;
    if (i < from.length - 1) map = blockMap(pair.value);
  }
  if (!pair) return undefined;
  const key = pair.key as Node;
  if (!key.range) return undefined;
  const keyStart = key.range[0];
  if (text.slice(lineStartOf(text, keyStart), keyStart).trim() !== '') return undefined; // first key of a list item
  const keyCol = column(text, keyStart);
  const colon = text.indexOf(':', key.range[1]);
  if (colon === -1) return undefined;
  const value = pair.value as Node | null;
  const valueEndAt = value?.range && value.range[1] > value.range[0] ? valueEnd(text, value) : colon + 1;
  const end = lineEndAfter(text, valueEndAt);
  let fragment = text.slice(colon + 1, end);
  if (!fragment.endsWith('\n')) fragment += '\n';
  // comment lines right above the key travel with it
  let start = lineStartOf(text, keyStart);
  while (start > 0) {
    const prev = lineStartOf(text, start - 1);
    const line = text.slice(prev, start - 1);
    if (/^\s*#/.test(line) && line.length - line.trimStart().length === keyCol) start = prev;
    else break;
  }
  const lead = text.slice(start, lineStartOf(text, keyStart));

  const isUnder = to.length > from.length && from.every((s, i) => to[i] === s);
  const patcher = new TextPatcher(text, layout, (docPath) => inValues(docPath, wrapperPath));
  const edits: Edit[] = [];
  let ancestorCol: number;
  let rest: string[];
  if (isUnder) {
    // a value becomes a map around itself: `extraConfig: |…` → `extraConfig:\n  00-legacy: |…`
    rest = to.slice(from.length);
    ancestorCol = keyCol + layout.indent;
    const block = nestedBlock(rest, ancestorCol, layout, '', keyCol, fragment);
    edits.push({ start: colon + 1, end, text: '\n' + block });
    return applyEdits(text, edits);
  }
  // find where the new place starts to be missing
  let ancestor: YAMLMap = root;
  let depth = 0;
  for (; depth < to.length; depth++) {
    const p = lastPair(ancestor, to[depth]!);
    if (!p) break;
    const child = blockMap(p.value);
    if (!child) return undefined; // the place exists but is not a block map: leave it to the patch
    if (p === pair) return undefined;
    ancestor = child;
  }
  if (depth === to.length) return undefined; // the new place exists: the patch merges
  rest = to.slice(depth);
  const firstKey = ancestor.items[0]!.key as Node;
  ancestorCol = column(text, firstKey.range![0]);
  const at = patcher.whereToInsert(ancestor, rest[0]!, to.slice(0, depth));
  const block = nestedBlock(rest, ancestorCol, layout, lead, keyCol, fragment);
  edits.push({ start, end, text: '' });
  if (at > start && at < end) return undefined;
  edits.push({ start: at, end: at, text: block });
  return applyEdits(text, edits);
}

/** `a:\n  b:\n    c:<fragment>` starting at column `col`, the fragment re-indented from `fromCol`. */
function nestedBlock(keys: string[], col: number, layout: Layout, lead: string, fromCol: number, fragment: string): string {
  let out = '';
  keys.forEach((key, i) => {
    const c = col + i * layout.indent;
    if (i < keys.length - 1) out += `${' '.repeat(c)}${renderKey(key)}:\n`;
    else {
      if (lead) out += shiftLines('\n' + lead, c - fromCol).slice(1);
      out += `${' '.repeat(c)}${renderKey(key)}:${shiftLines(fragment, c - fromCol)}`;
    }
  });
  return out;
}
