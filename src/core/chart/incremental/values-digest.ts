import { BoundedMap } from './bounded-map.ts';
import { cachesEnabled } from './switch.ts';
import { isImmutable } from './immutable.ts';
import { goSortedKeysOf } from './sorted-keys.ts';
import { Hash128 } from '../hash128.ts';

/**
 * A content digest of JSON-like values, built as a hash tree: a map's digest is the hash (Hash128)
 * of its keys (in go-yaml's order, as toYaml prints them) and its children's digests, so after an
 * edit only the maps along the edited path are hashed again (digests of read-only subtrees are
 * remembered per object; those of long strings per content). Equal values give equal digests,
 * whatever their key insertion order; any difference in content gives a different digest.
 *
 * Used for the `checksum/secret` annotation: hashing a digest of the values instead of the
 * values.yaml text itself keeps that checksum cheap to update (the chart's checksum values may
 * differ from helm's; they must change when the content changes).
 */
export function valuesDigest(v: unknown): string {
  return feed(new Hash128(), v).hex();
}

const objectDigests = new WeakMap<object, string>();
const stringDigests = new BoundedMap<string>(4096, 8_000_000);
const LONG = 128;

// tags that start each kind of value in the hash input (code units a string's length prefix and
// content cannot be confused with, since each piece has its own tag first)
const NULL = 0x10000;
const STRING = 0x10001;
const LONG_STRING = 0x10002;
const NUMBER = 0x10003;
const TRUE = 0x10004;
const FALSE = 0x10005;
const DIGEST = 0x10006;
const LIST = 0x10007;
const MAP = 0x10008;
const END = 0x10009;

/** Feeds one value into `h`: scalars as they are, objects and long strings as their digests. */
function feed(h: Hash128, v: unknown): Hash128 {
  if (v === null || v === undefined) return h.unit(NULL);
  switch (typeof v) {
    case 'string':
      return v.length <= LONG ? h.unit(STRING).str(v) : h.unit(LONG_STRING).str(stringDigest(v));
    case 'number':
      return h.unit(NUMBER).str(String(v));
    case 'boolean':
      return h.unit(v ? TRUE : FALSE);
    case 'object':
      return h.unit(DIGEST).str(objectDigest(v));
    default:
      return h.unit(NULL);
  }
}

function stringDigest(s: string): string {
  if (!cachesEnabled()) return new Hash128().str(s).hex();
  let d = stringDigests.get(s);
  if (d === undefined) {
    d = new Hash128().str(s).hex();
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
  const h = new Hash128();
  if (Array.isArray(o)) {
    h.unit(LIST);
    for (let i = 0; i < o.length; i++) feed(h, o[i]);
  } else {
    h.unit(MAP);
    const m = o as Record<string, unknown>;
    const keys = goSortedKeysOf(m);
    for (let i = 0; i < keys.length; i++) feed(h.str(keys[i]!), m[keys[i]!]);
  }
  const d = h.unit(END).hex();
  if (cache) objectDigests.set(o, d);
  return d;
}
