import { BoundedMap, cachesEnabled } from './cache.ts';
import { goSortedKeysOf, isImmutable } from './go/go-yaml.ts';
import { sha256Hex } from './go/sha256.ts';

/**
 * A content digest of JSON-like values, built as a hash tree: a map's digest is the sha256 of
 * its keys (in go-yaml's order, as toYaml prints them) and its children's digests, so after an
 * edit only the maps along the edited path are hashed again (digests of read-only subtrees are
 * remembered per object; those of long strings per content). Equal values give equal digests,
 * whatever their key insertion order; any difference in content gives a different digest.
 *
 * Used for the `checksum/secret` annotation: hashing a digest of the values instead of the
 * values.yaml text itself keeps that checksum cheap to update (the chart's checksum values may
 * differ from helm's; they must change when the content changes).
 */
export function valuesDigest(v: unknown): string {
  return sha256Hex(repr(v));
}

const objectDigests = new WeakMap<object, string>();
const stringDigests = new BoundedMap<string>(4096, 8_000_000);
const LONG = 128;

function repr(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string':
      return v.length <= LONG ? JSON.stringify(v) : '#' + stringDigest(v);
    case 'number':
      return 'n' + String(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object':
      return '@' + objectDigest(v);
    default:
      return 'null';
  }
}

function stringDigest(s: string): string {
  if (!cachesEnabled()) return sha256Hex(s);
  let d = stringDigests.get(s);
  if (d === undefined) {
    d = sha256Hex(s);
    stringDigests.set(s, d, s.length + 64);
  }
  return d;
}

function objectDigest(o: object): string {
  const cache = cachesEnabled() && isImmutable(o);
  if (cache) {
    const d = objectDigests.get(o);
    if (d !== undefined) return d;
  }
  let s: string;
  if (Array.isArray(o)) {
    s = '[';
    for (const item of o) s += repr(item) + ',';
    s += ']';
  } else {
    s = '{';
    const m = o as Record<string, unknown>;
    for (const k of goSortedKeysOf(m)) s += JSON.stringify(k) + ':' + repr(m[k]) + ',';
    s += '}';
  }
  const d = sha256Hex(s);
  if (cache) objectDigests.set(o, d);
  return d;
}
