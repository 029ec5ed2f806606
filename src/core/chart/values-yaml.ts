import { parse } from 'yaml';
import type { JsonObject } from '../model/json.ts';

/**
 * Reads a values file the way helm does (go-yaml v2 through sigs.k8s.io/yaml): YAML 1.1 scalars
 * (`yes`/`no`/`on`/`off`/`y`/`n` are booleans, `0666` is octal, `<<` merge keys work), while
 * timestamps and sexagesimal numbers stay strings, as they do in helm's values.
 */
export function parseValuesYaml(text: string): unknown {
  return parse(text, {
    version: '1.1',
    merge: true,
    uniqueKeys: false,
    customTags: (tags) =>
      tags.filter((t) => {
        if (typeof t === 'string') return t !== 'timestamp';
        return t.tag !== 'tag:yaml.org,2002:timestamp' && (t as { format?: string }).format !== 'TIME';
      }),
  });
}

export type { JsonObject };
