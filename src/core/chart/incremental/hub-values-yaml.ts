import { toYamlOrdered } from '../go/go-yaml.ts';
import { sha256Hex } from '../go/sha256.ts';
import type { Any } from '../values.ts';
import { registerChecksum } from './checksums.ts';
import { defineLazy } from './lazy-property.ts';
import { presetTextLazy } from './object-texts.ts';
import { cachesEnabled } from './switch.ts';
import { valuesDigest } from './values-digest.ts';
import { valuesYamlB64, type ValuesYamlB64 } from './values-yaml-b64.ts';

/*
 * Secret hub's values.yaml entry. Typing in the page re-renders this Secret on every key, and the
 * preview shows it folded: with caches on, values.yaml's base64 is made only when something reads
 * it, and so are the Secret's checksum and text.
 */

/**
 * Puts values.yaml (the base64 of `values`) into Secret hub's `data` (its first key, already
 * there), and registers the Secret's checksum: checksum/secret hashes the object with values.yaml
 * stood in for by a digest of the values (a hash tree that only rehashes what an edit changed),
 * not the whole base64 text; the stand-in is built without reading values.yaml, which would make
 * the base64.
 */
export function putValuesYaml(object: Record<string, Any>, data: Record<string, string>, values: Record<string, Any>): void {
  const valuesYaml = onceValuesYamlB64(values);
  const lazy = cachesEnabled();
  if (lazy) defineLazy(data, 'values.yaml', () => valuesYaml().b64);
  else data['values.yaml'] = valuesYaml().b64;
  const checksum = () => {
    secretChecksumsMade++;
    return sha256Hex(JSON.stringify({ ...object, data: withValuesYaml(data, `values-digest:${valuesDigest(values)}`) }));
  };
  if (lazy) {
    // typing changes this Secret on every key: its checksum is made when Deployment hub's
    // annotation is read (printed, copied), and the preview tells an edit's change from the
    // values themselves (sameRenderedContent)
    registerChecksum(object, checksum, true);
    secretValues.set(object, values);
    presetTextLazy(object, () => secretText(object, data, valuesYaml()));
  } else registerChecksum(object, checksum(), true);
}

/** Secret hub objects whose checksum is made on first need, with the values their values.yaml prints. */
const secretValues = new WeakMap<object, Record<string, Any>>();

/** The values Secret hub `o` prints in values.yaml, when its checksum is left to make on first need. */
export function secretValuesOf(o: object): Record<string, Any> | undefined {
  return secretValues.get(o);
}

let secretChecksumsMade = 0;
/** How many times Secret hub's checksum was made (tests check that typing does not make it). */
export function secretChecksumCount(): number {
  return secretChecksumsMade;
}

/** `valuesYamlB64(values)`, made on the first call only. */
function onceValuesYamlB64(values: Record<string, Any>): () => ValuesYamlB64 {
  let made: ValuesYamlB64 | undefined;
  return () => (made ??= valuesYamlB64(values));
}

/** A copy of `data` (same key order) with values.yaml replaced by `text`, made without reading values.yaml. */
function withValuesYaml(data: Record<string, string>, text: string): Record<string, string> {
  // fromEntries defines own properties, as the spread did (a key could be `__proto__`)
  return Object.fromEntries(Object.keys(data).map((k) => [k, k === 'values.yaml' ? text : data[k]!]));
}

const PLACEHOLDER = 'VALUESYAMLBASE64';

/**
 * The Secret's manifest text, without having the emitter scan the long base64 of values.yaml:
 * our base64 (of UTF-8 text) is printed as a plain scalar whenever it is longer than any YAML
 * keyword and does not start like a number, so print the object with a short plain placeholder
 * and put the base64 in its place. Exactly `toYamlOrdered(object)` (which it falls back to).
 */
function secretText(object: Record<string, Any>, data: Record<string, string>, { b64, first: c }: ValuesYamlB64): string {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47;
  if (b64.length <= 5 || !letter) return toYamlOrdered(object);
  const text = toYamlOrdered({ ...object, data: withValuesYaml(data, PLACEHOLDER) });
  const line = `\n  values.yaml: ${PLACEHOLDER}\n`;
  const at = text.indexOf(line);
  if (at < 0 || text.indexOf(line, at + 1) >= 0) return toYamlOrdered(object);
  const start = at + line.length - PLACEHOLDER.length - 1;
  return text.slice(0, start) + b64 + text.slice(start + PLACEHOLDER.length);
}
