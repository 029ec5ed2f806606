import { Document, isMap, isScalar, Pair, Scalar, visit, YAMLMap, type Node as YamlNode } from 'yaml';
import { chartDefaults } from '../model/chart-defaults.ts';
import { isObject, type Json, type JsonObject } from '../model/json.ts';
import { orderedKeys } from './key-order.ts';
import { helmSafeText, WRITE_DOCUMENT_OPTIONS } from './yaml-for-helm.ts';

// The yaml library's way of writing config.yaml, kept as the oracle that tests hold
// `writeConfigYaml` (which uses the dependency-free `emit-yaml.ts`) to. Only tests import this
// module, so the app's bundles do not need the yaml library to write config.yaml.

/** How every config.yaml the wizard writes is laid out: 2-space block style, no line folding. */
export const yamlOutputOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
} as const;

/** config.yaml for `values` in one pass of the yaml library: what `writeConfigYaml` must print. */
export function writeConfigYamlWhole(values: JsonObject): string {
  if (Object.keys(values).length === 0) return '{}\n';
  // Helm reads values as YAML 1.1, where a plain on, yes or y is a boolean: write as 1.1 so such
  // strings come out quoted.
  const doc = new Document(null, WRITE_DOCUMENT_OPTIONS);
  doc.contents = orderedNode(doc, values, chartDefaults);
  markPythonAsBlocks(doc);
  quoteBlankStrings(doc);
  return helmSafeText(doc, yamlOutputOptions);
}

/** The values as yaml nodes, maps in chart order (built by hand: JS objects put `"10"` first). */
function orderedNode(doc: Document, value: Json, defaults: Json | undefined): YamlNode {
  if (!isObject(value)) return doc.createNode(value, { aliasDuplicateObjects: false });
  const map = new YAMLMap();
  for (const key of orderedKeys(value, defaults)) {
    map.items.push(new Pair(doc.createNode(key), orderedNode(doc, value[key]!, isObject(defaults) ? defaults[key] : undefined)));
  }
  return map;
}

/** Python snippets read best as literal blocks, even one-liners (`|-`). */
export function markPythonAsBlocks(doc: Document): void {
  const extraConfig = doc.getIn(['hub', 'extraConfig'], true);
  if (!isMap(extraConfig)) return;
  for (const item of extraConfig.items) {
    if (isScalar(item.value) && typeof item.value.value === 'string') item.value.type = Scalar.BLOCK_LITERAL;
  }
}

/**
 * The one place where config.yaml deliberately differs from the yaml library's text: a string of
 * blanks and line breaks only, with a space (` `, ` \n`, `\n \n`), is double-quoted. The library
 * writes it as a literal block where it is multi-line or a Python snippet, and such a block's lines
 * of spaces read back as empty lines, or do not parse.
 */
export function quoteBlankStrings(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /^[\t\n]*[ ][ \t\n]*$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
}
