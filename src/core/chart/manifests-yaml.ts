import { toYamlOrdered } from './go/go-yaml.ts';
import type { RenderedObject } from './types.ts';

/**
 * The objects as one multi-document YAML stream, laid out as `helm template` prints it:
 * `---`, a `# Source:` line naming the template, then the object (block style, the template's
 * key order, strings quoted only where YAML needs it).
 */
export function manifestsToYaml(objects: readonly RenderedObject[]): string {
  let out = '';
  for (const o of objects) out += `---\n# Source: ${o.source}\n${toYamlOrdered(o.object)}\n`;
  return out;
}
