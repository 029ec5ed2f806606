import type { JsonObject } from '../model/json.ts';
import { readValuesFile } from '../values/read-values-file.ts';

/**
 * A values file's data exactly as helm reads it (values/read-values-file.ts: YAML 1.1 scalars,
 * merge keys, documents merged), not unwrapped: for tests and scripts that feed a config straight
 * to the renderer. Throws on text helm cannot read.
 */
export function parseValuesYaml(text: string): JsonObject {
  const read = readValuesFile(text, { maxBytes: Infinity, wrapperPath: [] });
  if (!read.ok) throw new Error(read.error.message);
  return read.file.data;
}

export type { JsonObject };
