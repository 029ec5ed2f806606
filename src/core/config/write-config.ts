import { Document, isMap, isScalar, Pair, Scalar, YAMLMap, type Node as YamlNode } from 'yaml';
import { isObject, type Json, type JsonObject } from '../model/json.ts';
import { orderedKeys } from './key-order.ts';
import { chartDefaults } from '../model/chart-defaults.ts';

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
 *
 * This runs on every keystroke, so the text is built map entry by map entry and each entry's text
 * is remembered for its value object: an edit re-prints only the maps on its path (values share
 * unchanged branches between states). `writeConfigYamlWhole` is the plain one-pass equivalent.
 */
export function writeConfigYaml(values: JsonObject): string {
  if (Object.keys(values).length === 0) return '{}\n';
  return mapText(values, chartDefaults, '', 0);
}

/** The same text in one pass of the yaml library, for tests and as the reference. */
export function writeConfigYamlWhole(values: JsonObject): string {
  if (Object.keys(values).length === 0) return '{}\n';
  // Helm reads values as YAML 1.1, where a plain on, yes or y is a boolean: write as 1.1 so such
  // strings come out quoted.
  const doc = new Document(null, { version: '1.1' });
  doc.contents = orderedNode(doc, values, chartDefaults);
  markPythonAsBlocks(doc);
  return doc.toString(yamlOutputOptions);
}

/** The values as yaml nodes, maps in chart order (built by hand: JS objects put `"10"` first). */
function orderedNode(doc: Document, value: Json, defaults: Json | undefined): YamlNode {
  if (!isObject(value)) return doc.createNode(value, { aliasDuplicateObjects: false });
  const map = new YAMLMap();
  for (const key of orderedKeys(value, defaults)) {
    map.items.push(new Pair(doc.createNode(key), orderedNode(doc, value[key]!, isObject(defaults) ? defaults[key] : undefined)));
  }
  return map;
}

/** Python snippets read best as literal blocks, even one-liners (`|-`). */
export function markPythonAsBlocks(doc: Document): void {
  const extraConfig = doc.getIn(['hub', 'extraConfig'], true);
  if (!isMap(extraConfig)) return;
  for (const item of extraConfig.items) {
    if (isScalar(item.value) && typeof item.value.value === 'string') item.value.type = Scalar.BLOCK_LITERAL;
  }
}

// The text of a map entry whose value is a non-empty map, by that value object and its key path.
// Values share unchanged branches between states, so an edit misses the cache only along its path.
const entryCache = new WeakMap<object, Map<string, string>>();

function mapText(map: JsonObject, defaults: Json | undefined, path: string, depth: number): string {
  let out = '';
  const pythonBlocks = path === 'hub.extraConfig';
  for (const key of orderedKeys(map, defaults)) {
    const value = map[key]!;
    const childDefaults = isObject(defaults) ? defaults[key] : undefined;
    if (isObject(value) && Object.keys(value).length > 0) {
      const childPath = path ? `${path}.${key}` : key;
      let cached = entryCache.get(value);
      let text = cached?.get(childPath);
      if (text === undefined) {
        text = `${indent(keyText(key), depth)}:\n${mapText(value, childDefaults, childPath, depth + 1)}`;
        if (!cached) entryCache.set(value, (cached = new Map()));
        cached.set(childPath, text);
      }
      out += text;
    } else {
      out += leafText(key, value, depth, pythonBlocks);
    }
  }
  return out;
}

function leafText(key: string, value: Json, depth: number, asBlock: boolean): string {
  const doc = new Document({ [key]: value }, { version: '1.1' });
  if (asBlock && typeof value === 'string') {
    const pair = (doc.contents as { items: { value: unknown }[] }).items[0]!;
    if (isScalar(pair.value)) pair.value.type = Scalar.BLOCK_LITERAL;
  }
  return indentBlock(doc.toString(yamlOutputOptions), depth);
}

const keyCache = new Map<string, string>();
function keyText(key: string): string {
  let text = keyCache.get(key);
  if (text === undefined) {
    const line = new Document({ [key]: null }, { version: '1.1' }).toString(yamlOutputOptions);
    text = line.slice(0, line.lastIndexOf(':'));
    keyCache.set(key, text);
  }
  return text;
}

function indent(line: string, depth: number): string {
  return '  '.repeat(depth) + line;
}

/** Indents every line but empty ones, as the yaml library leaves blank lines in literal blocks. */
function indentBlock(text: string, depth: number): string {
  return depth === 0 ? text : text.replace(/^(?=.)/gm, '  '.repeat(depth));
}
