import { Document, isMap, isScalar, Scalar } from 'yaml';
import type { JsonObject } from '../model/json.ts';
import { inChartOrder } from './key-order.ts';

/** How every config.yaml the wizard writes is laid out: 2-space block style, no line folding. */
export const yamlOutputOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
} as const;

/**
 * The admin's values as config.yaml text. Strings that YAML would read as something else
 * (`"16.04"`, `"true"`) come out quoted; multi-line strings (Python snippets) as literal blocks.
 */
export function writeConfigYaml(values: JsonObject): string {
  if (Object.keys(values).length === 0) return '{}\n';
  // Helm reads values as YAML 1.1, where a plain on, yes or y is a boolean: write as 1.1 so such
  // strings come out quoted.
  const doc = new Document(inChartOrder(values), { version: '1.1' });
  markPythonAsBlocks(doc);
  return doc.toString(yamlOutputOptions);
}

/** Python snippets read best as literal blocks, even one-liners (`|-`). */
export function markPythonAsBlocks(doc: Document): void {
  const extraConfig = doc.getIn(['hub', 'extraConfig'], true);
  if (!isMap(extraConfig)) return;
  for (const item of extraConfig.items) {
    if (isScalar(item.value) && typeof item.value.value === 'string') item.value.type = Scalar.BLOCK_LITERAL;
  }
}
