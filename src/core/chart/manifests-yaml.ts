import { objectText } from './incremental/object-texts.ts';
import type { RenderedObject } from './types.ts';

/**
 * The objects as one multi-document YAML stream, laid out as `helm template` prints it:
 * `---`, a `# Source:` line naming the template, then the object (block style, the template's
 * key order, strings quoted only where YAML needs it).
 * The objects are treated as read-only (their text is remembered per object).
 */
export function manifestsToYaml(objects: readonly RenderedObject[]): string {
  let out = '';
  for (const o of objects) out += `---\n# Source: ${o.source}\n${objectText(o.object)}\n`;
  return out;
}
