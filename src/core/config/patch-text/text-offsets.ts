import { isMap, isSeq, type Node, type Pair } from 'yaml';

// Offsets in the source text of a parsed YAML document, and indentation

/** Column (0-based) of an offset. */
export function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the end of the line holding `offset` (after its newline). */
export function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** Only blanks before `offset` on its line. */
export function isLineStart(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

/** The `-` of the sequence item starting at `offset`, or -1. */
export function dashBefore(text: string, offset: number): number {
  if (offset < 0) return -1;
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return text[i] === '-' ? i : -1;
}

/**
 * The end of a node's own text (not its trailing comments), before any final newline. For a
 * block collection that is the end of its last entry (an empty last value can otherwise carry
 * the collection's range past the comments that follow it).
 */
export function valueEnd(text: string, node: Node): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1] as unknown;
    if (isMap(node)) {
      const pair = last as Pair;
      const value = pair.value as Node | null;
      if (hasValue(value)) return valueEnd(text, value);
      const key = pair.key as Node | null;
      if (key?.range) {
        const colon = text.indexOf(':', key.range[1]);
        return colon === -1 ? key.range[1] : colon + 1;
      }
    } else {
      const item = last as Node | null;
      if (hasValue(item)) return valueEnd(text, item);
    }
  }
  const end = node.range![1];
  return end > node.range![0] && text[end - 1] === '\n' ? end - 1 : end;
}

/** A node with text of its own (not an empty value). */
export function hasValue(node: Node | null | undefined): node is Node {
  return !!node && !!node.range && node.range[1] > node.range[0];
}

/** Indents every line after the first (or every line) by `col` spaces; empty lines stay empty. */
export function indentLines(text: string, col: number, first: boolean): string {
  if (col <= 0) return text;
  const pad = ' '.repeat(col);
  return text
    .split('\n')
    .map((line, i) => (line === '' || (i === 0 && !first) ? line : pad + line))
    .join('\n');
}
