import { parseAllDocuments } from 'yaml';

/**
 * The `hub.extraConfig` snippets of one config.yaml: the values of the extraConfig map (and an
 * old-style single string), wherever the key sits (a chart nested under another chart's values
 * has its own). Documents that do not parse as YAML are skipped.
 */
export function extraConfigSnippets(yamlText: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'extraConfig') walk(value);
      else if (typeof value === 'string') found.push(value);
      else if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const snippet of Object.values(value)) if (typeof snippet === 'string') found.push(snippet);
      }
    }
  };
  for (const doc of parseAllDocuments(yamlText)) {
    if (!('errors' in doc) || doc.errors.length === 0) walk(doc.toJS());
  }
  return found;
}
