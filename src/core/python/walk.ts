import type { AnyNode } from './ast.ts';

/**
 * The child nodes of a syntax tree node, in source order (the order of its fields): a generic
 * walk for the checks that look at every node of some kind.
 */
export function childNodes(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const key in node) {
    if (key === 'type' || key === 'from' || key === 'to' || key === 'inParens') continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === 'object' && 'type' in item) out.push(item as AnyNode);
    } else if (value && typeof value === 'object' && 'type' in value) out.push(value as AnyNode);
  }
  return out;
}
