import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Path } from '../model/json.ts';
import type { LineIndex, SourceRange } from './source-range.ts';
import type { ParsedDocument } from './yaml-reader.ts';

/** Where a key path is written in a file. */
export interface Located {
  range: SourceRange;
  /**
   * false when the path itself is not written (a chart default, a key from a `<<` merge, an
   * alias): `range` is then the nearest enclosing key that is.
   */
  exact: boolean;
}

/**
 * Finds `path` (a path into the chart's values) in the documents of a file whose values sit at
 * `wrapperPath`. The last document that writes a key wins, as it does for helm; within a mapping
 * the last of repeated keys. The range runs from the key to the end of its value (for a list item,
 * the item). Undefined for the values as a whole, and when not even the first key of the path is
 * written.
 */
export function locatePath(docs: readonly ParsedDocument[], wrapperPath: readonly string[], path: Path, lines: LineIndex): Located | undefined {
  const steps: Path = [...wrapperPath, ...path];
  let best: { depth: number; range: [number, number] } | undefined;
  for (let d = docs.length - 1; d >= 0; d--) {
    let node: unknown = docs[d]!.contents;
    let depth = 0;
    let range: [number, number] | undefined = rangeOf(node);
    for (const step of steps) {
      const next = childAt(node, step);
      if (!next) break;
      node = next.node;
      range = next.range;
      depth++;
    }
    // a key under the values' own mapping is a place; that mapping as a whole is not (it would
    // point every problem of a default at the first line)
    if (depth <= wrapperPath.length || !range) continue;
    if (depth === steps.length) return { range: lines.range(range[0], range[1]), exact: true };
    if (!best || depth > best.depth) best = { depth, range };
  }
  return best ? { range: lines.range(best.range[0], best.range[1]), exact: false } : undefined;
}

function childAt(node: unknown, step: string | number): { node: unknown; range: [number, number] } | undefined {
  if (isMap(node) && typeof step === 'string') {
    const pair = lastPair(node.items as Pair[], step);
    if (!pair) return undefined;
    const start = rangeOf(pair.key)?.[0];
    if (start === undefined) return undefined;
    const end = rangeOf(pair.value)?.[1] ?? rangeOf(pair.key)![1];
    return { node: pair.value, range: [start, end] };
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step];
    const range = rangeOf(item);
    return range ? { node: item, range } : undefined;
  }
  return undefined;
}

function lastPair(items: readonly Pair[], key: string): Pair | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const k = items[i]!.key;
    if (isScalar(k) && String(k.value) === key) return items[i];
  }
  return undefined;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}
