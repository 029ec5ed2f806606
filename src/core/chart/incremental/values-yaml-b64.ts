import { b64enc, b64FirstCode, b64list, b64piece, b64pieces, type B64Piece } from '../go/base64.ts';
import { toYaml, toYamlEntry, toYamlKey } from '../go/go-yaml.ts';
import { isMap, type Any } from '../values.ts';
import { BoundedMap } from './bounded-map.ts';
import { isImmutable } from './immutable.ts';
import { goSortedKeysOf } from './sorted-keys.ts';
import { cachesEnabled } from './switch.ts';

/* Secret hub's values.yaml: the base64 of `toYaml` of all the values, built from remembered pieces. */

export interface ValuesYamlB64 {
  b64: string;
  /** b64's first char code (reading it off a stitched string would flatten it) */
  first: number;
}

let valuesYamlMade = 0;
/** How many times values.yaml's base64 was made (tests check that it is made only when read). */
export function valuesYamlB64Count(): number {
  return valuesYamlMade;
}

/**
 * `b64enc (toYaml values)`, built from pieces of the text that are remembered: the entries of
 * read-only maps per (map, key, indent), those holding long strings per string, so that after an
 * edit only the entries along the edited path are printed and encoded again (down to the
 * entries of third-level maps; an extraConfig snippet is one piece).
 */
export function valuesYamlB64(values: Record<string, Any>): ValuesYamlB64 {
  valuesYamlMade++;
  if (!cachesEnabled()) {
    const b64 = b64enc(toYaml(values));
    return { b64, first: b64.charCodeAt(0) };
  }
  const pieces: B64Piece[] = [];
  mapPieces(values, 0, 0, pieces);
  return { b64: b64pieces(pieces), first: b64FirstCode(pieces) };
}

const MAX_DEPTH = 3;
const LONG_STRING = 256;
/** pieces of the entries whose value is a read-only object */
const objectEntries = new WeakMap<object, Map<string, B64Piece>>();
/** pieces of the entries whose value is a long string */
/** (bounded in entries and in bytes: a piece holds the string's bytes and up to 3 base64 texts of it) */
const stringEntries = new BoundedMap<{ p: string; piece: B64Piece }>(2048, 8_000_000);

function mapPieces(map: Record<string, Any>, indent: number, depth: number, out: B64Piece[]): void {
  const pad = ' '.repeat(indent);
  let first = true;
  for (const key of goSortedKeysOf(map)) {
    entryPieces(key, map[key], indent, first ? pad : '\n' + pad, depth, out);
    first = false;
  }
}

function entryPieces(key: string, value: Any, indent: number, before: string, depth: number, out: B64Piece[]): void {
  if (typeof value === 'object' && value !== null && isImmutable(value)) {
    const slot = `${before}\0${key}`;
    let byKey = objectEntries.get(value);
    if (!byKey) objectEntries.set(value, (byKey = new Map()));
    let piece = byKey.get(slot);
    if (!piece) {
      if (depth < MAX_DEPTH && isMap(value) && Object.keys(value).length > 0) {
        // `key:` then the map's own entries, each remembered on its own
        const parts = [b64piece(before + toYamlKey(key) + '\n')];
        mapPieces(value, indent + 2, depth + 1, parts);
        piece = b64list(parts);
      } else piece = b64piece(before + toYamlEntry(key, value, indent));
      byKey.set(slot, piece);
    }
    out.push(piece);
    return;
  }
  if (typeof value === 'string' && value.length >= LONG_STRING) {
    const p = `${before}\0${key}`;
    const hit = stringEntries.get(value);
    if (hit && hit.p === p) {
      out.push(hit.piece);
      return;
    }
    const piece = b64piece(before + toYamlEntry(key, value, indent));
    stringEntries.set(value, { p, piece }, value.length + piece.len * 5);
    out.push(piece);
    return;
  }
  out.push(b64piece(before + toYamlEntry(key, value, indent)));
}
