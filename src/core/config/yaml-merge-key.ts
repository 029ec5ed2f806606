import { isDocument, isScalar, Scalar, visit, type Document, type DocumentOptions, type Node, type SchemaOptions } from 'yaml';

/**
 * The yaml library's options for a document that writes config.yaml text: YAML 1.1 (so strings
 * like `on` come out quoted), but without the merge-key tag, which would print a literal `<<` key
 * plain whatever its style.
 */
export const WRITE_DOCUMENT_OPTIONS: DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags) => tags.filter((t) => (typeof t === 'string' ? t : t.tag) !== 'tag:yaml.org,2002:merge'),
};

/**
 * A key or value that is the text `<<` itself (a file can only hold one by quoting it) must be
 * written quoted: plain, YAML 1.1 readers — helm's among them — take it for a merge key. For a
 * document made with WRITE_DOCUMENT_OPTIONS.
 */
export function quoteLiteralMergeKeys(node: Document | Node): void {
  visit(isDocument(node) ? node : (node as never), {
    Scalar(_key, scalar) {
      if (isScalar(scalar) && scalar.value === '<<') scalar.type = Scalar.QUOTE_DOUBLE;
    },
  });
}
