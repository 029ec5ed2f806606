import { BLANK_CONFIG_YAML } from './blank-config.ts';
import { isObject, type Json, type JsonObject } from '../model/json.ts';
import { orderedKeys } from './key-order.ts';
import { chartDefaults } from '../model/chart-defaults.ts';
import { emitEntry, emitKey, MAX_IMPLICIT_KEY } from './emit-yaml.ts';

/**
 * The admin's values as config.yaml text. Strings that YAML would read as something else
 * (`"16.04"`, `"true"`) come out quoted; multi-line strings (Python snippets) as literal blocks.
 * The text is what the yaml library prints (YAML 1.1, 2-space block style, no folding; see
 * `write-config-reference.ts`), written by `emit-yaml.ts` so the page need not load that library.
 *
 * This runs on every keystroke, so the text is built map entry by map entry and each entry's text
 * is remembered for its value object: an edit re-prints only the maps on its path (values share
 * unchanged branches between states).
 */
export function writeConfigYaml(values: JsonObject): string {
  if (Object.keys(values).length === 0) return BLANK_CONFIG_YAML;
  return mapText(values, chartDefaults, '', 0);
}

// A key path as a string: its keys one after another as JSON strings, so that no two paths look
// alike (`["a.b", "c"]` vs `["a", "b.c"]`).
const pathStep = (key: string) => JSON.stringify(key);

/** Python snippets read best as literal blocks, even one-liners (`|-`). */
const PYTHON_BLOCKS_PATH = pathStep('hub') + pathStep('extraConfig');

// The text of a map entry whose value is a non-empty map, by that value object and its key path.
// Values share unchanged branches between states, so an edit misses the cache only along its path.
const entryCache = new WeakMap<object, Map<string, string>>();

/** The lines of a block map at `depth`, each indented and ending with a newline. */
function mapText(map: JsonObject, defaults: Json | undefined, path: string, depth: number): string {
  let out = '';
  const pythonBlocks = path === PYTHON_BLOCKS_PATH;
  const indent = '  '.repeat(depth);
  for (const key of orderedKeys(map, defaults)) {
    const value = map[key]!;
    const childDefaults = isObject(defaults) ? defaults[key] : undefined;
    if (isObject(value) && Object.keys(value).length > 0) {
      const childPath = path + pathStep(key);
      let cached = entryCache.get(value);
      let text = cached?.get(childPath);
      if (text === undefined) {
        const keyText = emitKey(key, indent);
        const body = mapText(value, childDefaults, childPath, depth + 1);
        text =
          keyText.length > MAX_IMPLICIT_KEY
            ? // `? key` on a line of its own, then `: ` and the map, its first entry on that line
              `${indent}? ${keyText}\n${indent}: ${body.slice(indent.length + 2)}`
            : `${indent}${keyText}:\n${body}`;
        if (!cached) entryCache.set(value, (cached = new Map()));
        cached.set(childPath, text);
      }
      out += text;
    } else {
      out += `${indent}${emitEntry(key, value, indent, pythonBlocks)}\n`;
    }
  }
  return out;
}
