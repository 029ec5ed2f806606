import { escapeHelmLineBreaks, HELM_LINE_BREAKS } from './helm-line-breaks.ts';
import { isDocument, isScalar, Scalar, visit, type Document, type DocumentOptions, type Node, type SchemaOptions, type ToStringOptions } from 'yaml';

/**
 * What the yaml library writes differently from what helm (go-yaml v2) reads back, mended for every
 * writer built on the library (the download's patcher, the tests' reference writer; emit-yaml.ts
 * does the same by hand).
 */

/**
 * Options for a document that writes config.yaml text: YAML 1.1 (so strings like `on` come out
 * quoted), but without the merge-key tag, which would print a literal `<<` key plain whatever its style.
 */
export const WRITE_DOCUMENT_OPTIONS: DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags) => tags.filter((t) => (typeof t === 'string' ? t : t.tag) !== 'tag:yaml.org,2002:merge'),
};

/**
 * Before writing: a key or value that is the text `<<` itself (a file only holds one quoted) is
 * double-quoted, or YAML 1.1 readers take it for a merge key; a string holding a character helm
 * reads as a line break is double-quoted, for `escapeHelmLineBreaks` to escape it. For a document
 * made with WRITE_DOCUMENT_OPTIONS.
 */
export function prepareForHelm(node: Document | Node): void {
  visit(isDocument(node) ? node : (node as never), {
    Scalar(_key, scalar) {
      if (!isScalar(scalar) || typeof scalar.value !== 'string') return;
      if (scalar.value === '<<' || HELM_LINE_BREAKS.test(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

/** A document's text as helm reads it back: `prepareForHelm`, the library's text, `escapeHelmLineBreaks`. */
export function helmSafeText(doc: Document, options: ToStringOptions): string {
  prepareForHelm(doc);
  return escapeHelmLineBreaks(doc.toString(options));
}
