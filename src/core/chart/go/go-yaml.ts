/**
 * What helm prints with Go: `toYaml` (go-yaml v2), `toJson` (encoding/json), `{{ x }}` (fmt) and
 * Go's numbers, gathered for the components. Each lives in its own module of this folder:
 * key-order → resolve-plain / analyze-scalar → scalar-text → to-yaml; to-json, go-str, go-float.
 * The text they remember (per read-only object, per long string) is kept in ../incremental/.
 */
export { goKeyLess, goSortedKeys } from './key-order.ts';
export { goFloat, goYamlNumber } from './go-float.ts';
export { toYaml, toYamlEntry, toYamlKey, toYamlOrdered } from './to-yaml.ts';
export { toJson } from './to-json.ts';
export { goStr } from './go-str.ts';
