import { stringify } from 'yaml';
import type { RenderedObject } from './types.ts';

/** The objects as one multi-document YAML stream, laid out as `helm template` prints it. */
export function manifestsToYaml(objects: readonly RenderedObject[]): string {
  return objects
    .map((o) => `---\n# Source: ${o.source}\n${stringify(o.object, { indent: 2, lineWidth: 0 })}`)
    .join('');
}
