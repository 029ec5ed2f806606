/**
 * Edits a YAML text in place, touching only what changed (patch-text/text-patcher.ts says how).
 * patch-text/ holds one module per job: edits, text-offsets, layout, chart-order, the snippet
 * writer and the patcher. This path keeps the names its importers use.
 */
export { applyEdits, CannotPatch, type Edit } from './patch-text/edits.ts';
export { detectLayout, type Layout } from './patch-text/layout.ts';
export { indentLines, valueEnd } from './patch-text/text-offsets.ts';
export { TextPatcher } from './patch-text/text-patcher.ts';
