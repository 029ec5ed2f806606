import { Document, isMap, isScalar, isSeq, Scalar, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Json, Path } from '../../model/json.ts';
import { helmSafeText, WRITE_DOCUMENT_OPTIONS } from '../yaml-for-helm.ts';
import { ordered } from './chart-order.ts';
import type { Layout } from './layout.ts';
import { indentLines } from './text-offsets.ts';

/**
 * New YAML text for the patcher: a value as the file would have it written (its indentation and
 * sequence style, maps in the chart's key order, a replaced scalar keeping its quoting).
 */
export class SnippetWriter {
  constructor(
    private readonly layout: Layout,
    /** where the document's root sits in the values (negative: above the values, in the wrapper) */
    private readonly valuesPathOf: (docPath: Path) => Path | undefined,
  ) {}

  private toString(doc: Document): string {
    return helmSafeText(doc, {
      indent: this.layout.indent,
      indentSeq: this.layout.indentSeq,
      lineWidth: 0,
      minContentWidth: 0,
    });
  }

  private makeNode(doc: Document, value: Json, like?: Node | null, path: Path = []): Node {
    const chartPath = this.valuesPathOf(path);
    const node = doc.createNode(chartPath ? ordered(value, chartPath) : value) as Node;
    if (like && isScalar(like) && isScalar(node)) {
      const type = like.type;
      if (typeof node.value === 'string') {
        if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) node.type = type;
        else if ((type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) && node.value.includes('\n')) node.type = type;
      } else if (typeof node.value === 'number' && typeof like.value === 'number' && like.format && Number.isInteger(node.value)) {
        node.format = like.format;
      }
    }
    if (like && (isMap(like) || isSeq(like)) && like.flow && (isMap(node) || isSeq(node))) node.flow = true;
    return node;
  }

  /** `key: value` at column `col` (every line indented), without a final newline. */
  renderPair(key: string, value: Json, col: number, path: Path): string {
    const doc = new Document(null, WRITE_DOCUMENT_OPTIONS);
    const map = doc.createNode({}) as YAMLMap;
    map.set(doc.createNode(key), this.makeNode(doc, value, null, path));
    doc.contents = map;
    return indentLines(this.toString(doc).replace(/\n$/, ''), col, true);
  }

  /** What follows `key:` for a value whose key sits at column `col`: ` 1`, ` |\n  …`, `\n  a: 1`. */
  renderAfterColon(value: Json, col: number, like: Node | null, path: Path): string {
    const doc = new Document(null, WRITE_DOCUMENT_OPTIONS);
    const map = doc.createNode({}) as YAMLMap;
    map.set(doc.createNode('k'), this.makeNode(doc, value, like, path));
    doc.contents = map;
    const out = this.toString(doc).replace(/\n$/, '');
    return indentLines(out.slice(2), col, false);
  }

  /** A sequence item `- value` with its dash at `col`, without the final newline. */
  renderItem(value: Json, col: number, path: Path, like: Node | null = null): string {
    const doc = new Document(null, WRITE_DOCUMENT_OPTIONS);
    const seq = doc.createNode([]) as YAMLSeq;
    seq.items.push(this.makeNode(doc, value, like, path));
    doc.contents = seq;
    return indentLines(this.toString(doc).replace(/\n$/, ''), col, true);
  }
}
