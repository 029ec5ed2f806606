import { Document } from 'yaml';
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
  const doc = new Document(inChartOrder(values));
  return doc.toString(yamlOutputOptions);
}
