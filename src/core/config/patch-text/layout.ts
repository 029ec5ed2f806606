import { isMap, isSeq, type Node } from 'yaml';
import { column, dashBefore, isLineStart } from './text-offsets.ts';

/** How the file lays out its blocks, so that new text matches it. */
export interface Layout {
  /** spaces per level */
  indent: number;
  /** whether `- ` items sit indented under their key */
  indentSeq: boolean;
}

/** Guesses the file's indentation from its first nested map and first block sequence. */
export function detectLayout(text: string, root: Node | null): Layout {
  let indent = 0;
  let indentSeq: boolean | undefined;
  const walk = (node: unknown, col: number, depth: number) => {
    if (depth > 12 || (indent && indentSeq !== undefined)) return;
    if (isMap(node) && !node.flow) {
      for (const pair of node.items) {
        const keyStart = (pair.key as Node | null)?.range?.[0];
        if (keyStart === undefined) continue;
        const keyCol = column(text, keyStart);
        const value = pair.value as Node | null;
        if (isMap(value) && !value.flow && value.items.length > 0) {
          const childStart = (value.items[0]!.key as Node | null)?.range?.[0];
          if (childStart !== undefined && !indent && isLineStart(text, childStart)) {
            const d = column(text, childStart) - keyCol;
            if (d > 0) indent = d;
          }
        }
        if (isSeq(value) && !value.flow && value.items.length > 0 && indentSeq === undefined) {
          const dash = dashBefore(text, (value.items[0] as Node | null)?.range?.[0] ?? -1);
          if (dash >= 0 && isLineStart(text, dash)) indentSeq = column(text, dash) > keyCol;
        }
        walk(value, keyCol, depth + 1);
      }
    } else if (isSeq(node) && !node.flow) {
      for (const item of node.items) walk(item, col, depth + 1);
    }
  };
  walk(root, 0, 0);
  return { indent: indent || 2, indentSeq: indentSeq ?? true };
}
