import { isMap, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { deepEqual, isObject, type Json, type JsonObject, type Path } from '../../model/json.ts';
import { chartDefaults } from '../../model/chart-defaults.ts';
import { getIn } from '../../model/paths.ts';
import { chartRanks } from './chart-order.ts';
import { CannotPatch, type Edit } from './edits.ts';
import type { Layout } from './layout.ts';
import { SnippetWriter } from './snippet-writer.ts';
import { column, dashBefore, hasValue, isLineStart, lineEndAfter, lineStart, valueEnd } from './text-offsets.ts';

/** A pair's key as a string (a scalar key), if it has one. */
function keyString(pair: Pair): string | undefined {
  const key = pair.key as Node | null;
  if (isScalar(key)) return String(key.value);
  return undefined;
}

/**
 * Edits a YAML text in place so that one of its documents holds new data, touching only what
 * changed: unchanged keys keep their place, comments, quoting and layout; a changed scalar is
 * rewritten where it stands; a removed key's lines go; a new key is written after the nearest
 * key that comes before it in the chart's order. Works on the source text (spans of the parsed
 * document), so everything the edit does not reach stays byte for byte.
 */
export class TextPatcher {
  edits: Edit[] = [];

  private readonly snippets: SnippetWriter;

  constructor(
    private readonly text: string,
    layout: Layout,
    /** where the document's root sits in the values (negative: above the values, in the wrapper) */
    private readonly valuesPathOf: (docPath: Path) => Path | undefined,
  ) {
    this.snippets = new SnippetWriter(layout, valuesPathOf);
  }

  /** Edits a document's root block map (`map`) from `oldData` to `newData`. */
  patchRoot(map: YAMLMap, oldData: JsonObject, newData: JsonObject): void {
    this.patchMap(map, oldData, newData, []);
  }

  private patchMap(map: YAMLMap, oldObj: JsonObject, newObj: JsonObject, path: Path): void {
    const text = this.text;
    const pairs = map.items as Pair[];
    const last = new Map<string, number>();
    pairs.forEach((pair, i) => {
      const k = keyString(pair);
      if (k !== undefined) last.set(k, i);
    });
    const hasMerge = last.has('<<');
    if (hasMerge) {
      for (const k of Object.keys(oldObj)) {
        if (!last.has(k) && !deepEqual(oldObj[k], newObj[k])) throw new CannotPatch('merged key changed');
      }
    }
    const firstKey = pairs[0]?.key as Node | undefined;
    if (!firstKey?.range) throw new CannotPatch('empty map');
    if (pairs.some((p) => !(p.key as Node | null)?.range)) throw new CannotPatch('key without a place');
    const mapCol = column(text, firstKey.range[0]);
    const inItem = !isLineStart(text, firstKey.range[0]);

    pairs.forEach((pair, i) => {
      const k = keyString(pair);
      if (k === undefined || k === '<<') return;
      if (!(k in newObj)) {
        if (inItem && i === 0) throw new CannotPatch('first key of a list item');
        this.removePair(pair);
        return;
      }
      if (last.get(k) !== i) return; // an earlier duplicate: Helm ignores it, so do we
      this.patchPairValue(pair, oldObj[k], newObj[k]!, [...path, k]);
    });

    const added = Object.keys(newObj).filter((k) => !last.has(k));
    if (added.length === 0) return;
    const rank = this.rankAt(path);
    const groups = new Map<number, string[]>();
    for (const key of added) {
      const at = this.whereToInsert(map, key, path);
      const list = groups.get(at) ?? [];
      list.push(key);
      groups.set(at, list);
    }
    for (const [at, keys] of groups) {
      keys.sort((a, b) => rank(a) - rank(b));
      let block = keys.map((k) => this.snippets.renderPair(k, newObj[k]!, mapCol, [...path, k])).join('\n') + '\n';
      // where the file separates its blocks with blank lines, so does the new one
      const nextLine = text.slice(at, text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at));
      if (at > 0 && at < text.length && nextLine.trim() === '' && isLineStart(text, firstKey.range[0])) block = '\n' + block;
      this.edits.push({ start: at, end: at, text: at === text.length && !text.endsWith('\n') ? '\n' + block.replace(/\n$/, '') : block });
    }
  }

  /** Chart-order rank of keys of the map at a document path (all equal outside the chart's values). */
  rankAt(docPath: Path): (key: string) => number {
    const chartPath = this.valuesPathOf(docPath);
    return chartPath ? chartRanks(chartPath) : () => 0;
  }

  /**
   * The offset where a new key goes in a block map: after the existing key that comes last among
   * those before it in the chart's order; before the first key when none does; at the end for a
   * key the chart does not know (or a map outside the chart's values).
   */
  whereToInsert(map: YAMLMap, key: string, docPath: Path): number {
    const text = this.text;
    const pairs = map.items as Pair[];
    const firstKey = pairs[0]!.key as Node;
    const mapCol = column(text, firstKey.range![0]);
    const inItem = !isLineStart(text, firstKey.range![0]);
    const chartPath = this.valuesPathOf(docPath);
    const known = chartPath ? getIn(chartDefaults, chartPath) : undefined;
    const order = isObject(known) ? Object.keys(known) : [];
    const r = order.indexOf(key);
    let after = pairs.length - 1;
    if (r !== -1) {
      let best = -1;
      after = -1;
      pairs.forEach((pair, i) => {
        const pr = order.indexOf(keyString(pair) ?? '');
        if (pr !== -1 && pr < r && pr >= best) {
          best = pr;
          after = i;
        }
      });
      if (after === -1 && inItem) after = pairs.length - 1;
    }
    return after === -1 ? this.insertionBefore(firstKey, mapCol, docPath.length === 0) : this.insertionAfter(pairs[after]!, mapCol);
  }

  /** Where new keys go before the first key: above the comment lines that belong to it. */
  private insertionBefore(firstKey: Node, mapCol: number, isRoot: boolean): number {
    const text = this.text;
    let at = lineStart(text, firstKey.range![0]);
    if (isRoot) return at;
    for (;;) {
      if (at === 0) break;
      const prevStart = lineStart(text, at - 1);
      const line = text.slice(prevStart, at - 1);
      if (/^\s*#/.test(line) && line.length - line.trimStart().length === mapCol) at = prevStart;
      else break;
    }
    return at;
  }

  /** Where new keys go after a pair: after its value and the deeper-indented comments that close it. */
  private insertionAfter(pair: Pair, mapCol: number): number {
    const text = this.text;
    const value = pair.value as Node | null;
    const key = pair.key as Node;
    let at = lineEndAfter(text, hasValue(value) ? valueEnd(text, value) : key.range![1]);
    for (;;) {
      if (at >= text.length) break;
      const nl = text.indexOf('\n', at);
      const line = text.slice(at, nl === -1 ? text.length : nl);
      if (/^\s*#/.test(line) && line.length - line.trimStart().length > mapCol) at = nl === -1 ? text.length : nl + 1;
      else break;
    }
    return at;
  }

  private removePair(pair: Pair): void {
    const text = this.text;
    const key = pair.key as Node;
    const value = pair.value as Node | null;
    const start = lineStart(text, key.range![0]);
    let end = lineEndAfter(text, hasValue(value) ? valueEnd(text, value) : key.range![1]);
    // do not leave two blank lines where the pair was
    if (start > 0 && /^[ \t]*$/.test(text.slice(lineStart(text, start - 1), start - 1)) && start >= 2) {
      const nl = text.indexOf('\n', end);
      if (nl !== -1 && /^[ \t]*$/.test(text.slice(end, nl))) end = nl + 1;
    }
    this.edits.push({ start, end, text: '' });
  }

  private colonAfterKey(pair: Pair): number {
    const key = pair.key as Node;
    const colon = this.text.indexOf(':', key.range![1]);
    if (colon === -1) throw new CannotPatch('no colon');
    return colon;
  }

  private patchPairValue(pair: Pair, oldV: Json | undefined, newV: Json, path: Path): void {
    if (oldV === newV || (oldV !== undefined && deepEqual(oldV, newV))) return;
    const value = pair.value as Node | null;
    const key = pair.key as Node;
    const keyCol = column(this.text, key.range![0]);
    if (this.patchInPlace(value, oldV, newV, path)) return;
    // replace everything after `key:`
    const colon = this.colonAfterKey(pair);
    const start = colon + 1;
    const end = hasValue(value) ? valueEnd(this.text, value) : start;
    this.edits.push({ start, end, text: this.snippets.renderAfterColon(newV, keyCol, value, path) });
  }

  /** Edits a node's content where it stands; false when it has to be replaced as a whole. */
  private patchInPlace(node: Node | null, oldV: Json | undefined, newV: Json, path: Path): boolean {
    if (!hasValue(node) || oldV === undefined) return false;
    if (isMap(node) && !node.flow && node.items.length > 0 && isObject(oldV) && isObject(newV) && Object.keys(newV).length > 0) {
      return this.tryScoped(() => this.patchMap(node, oldV, newV, path));
    }
    if (isSeq(node) && !node.flow && node.items.length > 0 && Array.isArray(oldV) && Array.isArray(newV) && newV.length > 0) {
      return this.tryScoped(() => this.patchSeq(node, oldV, newV, path));
    }
    if (isScalar(node) && !isObject(newV) && !Array.isArray(newV) && !node.anchor) {
      const type = node.type;
      const inline = type !== Scalar.BLOCK_LITERAL && type !== Scalar.BLOCK_FOLDED;
      const multiLine = typeof newV === 'string' && newV.includes('\n');
      if (inline && !multiLine) {
        const rendered = this.snippets.renderAfterColon(newV, 0, node, path).trimStart();
        if (rendered.includes('\n')) return false;
        this.edits.push({ start: node.range![0], end: node.range![1], text: rendered });
        return true;
      }
    }
    return false;
  }

  /** Runs a nested patch; if it cannot be done in place, its edits are dropped and false returned. */
  private tryScoped(run: () => void): boolean {
    const mark = this.edits.length;
    try {
      run();
      return true;
    } catch (error) {
      if (!(error instanceof CannotPatch)) throw error;
      this.edits.length = mark;
      return false;
    }
  }

  private patchSeq(seq: YAMLSeq, oldList: Json[], newList: Json[], path: Path): void {
    const text = this.text;
    const items = seq.items as (Node | null)[];
    if (items.length !== oldList.length) throw new CannotPatch('sequence length');
    const dashes = items.map((item) => dashBefore(text, item?.range?.[0] ?? -1));
    if (dashes.some((d) => d < 0 || !isLineStart(text, d))) throw new CannotPatch('sequence layout');
    const dashCol = column(text, dashes[0]!);
    const common = Math.min(oldList.length, newList.length);
    for (let i = 0; i < common; i++) {
      const oldV = oldList[i]!;
      const newV = newList[i]!;
      if (deepEqual(oldV, newV)) continue;
      const item = items[i]!;
      if (this.patchInPlace(item, oldV, newV, [...path, i])) continue;
      const start = hasValue(item) ? item.range![0] : dashes[i]! + 1;
      const end = hasValue(item) ? valueEnd(text, item) : dashes[i]! + 1;
      const rendered = this.snippets.renderItem(newV, dashCol, [...path, i], item).slice(dashCol + 2);
      this.edits.push({ start, end, text: (hasValue(item) ? '' : ' ') + rendered });
    }
    if (newList.length < oldList.length) {
      const first = items[newList.length]!;
      const lastItem = items[items.length - 1]!;
      const start = lineStart(text, dashes[newList.length]!);
      const end = lineEndAfter(text, hasValue(lastItem) ? valueEnd(text, lastItem) : dashes[items.length - 1]! + 1);
      void first;
      this.edits.push({ start, end, text: '' });
    } else if (newList.length > oldList.length) {
      const lastItem = items[items.length - 1]!;
      const at = lineEndAfter(text, hasValue(lastItem) ? valueEnd(text, lastItem) : dashes[items.length - 1]! + 1);
      const block = newList
        .slice(oldList.length)
        .map((v, j) => this.snippets.renderItem(v, dashCol, [...path, oldList.length + j]))
        .join('\n');
      this.edits.push({ start: at, end: at, text: (at === text.length && !text.endsWith('\n') ? '\n' : '') + block + '\n' });
    }
  }
}
