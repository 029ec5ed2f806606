import type { Doc } from '../doc.ts';
import { sha256Hex } from '../go/sha256.ts';
import { cachesEnabled } from './switch.ts';

/**
 * The checksums of rendered objects (set where an object's checksum is made differently), and
 * remembered ones; a function is a checksum to make on first need (Secret hub's, while typing).
 */
const checksums = new WeakMap<object, string | (() => string)>();
/** The objects whose registered checksum hashes a stand-in for their values.yaml (hubSecret). */
const standIns = new WeakSet<object>();

/**
 * Registers the checksum of a rendered object made differently from checksumOf's (Secret hub's,
 * over a stand-in for its values.yaml when `standIn`); a function is a checksum to make on
 * first need. Registered whether caches are on or off: the checksum is part of what is rendered.
 */
export function registerChecksum(object: object, checksum: string | (() => string), standIn = false): void {
  checksums.set(object, checksum);
  if (standIn) standIns.add(object);
}

/** Whether `o`'s registered checksum hashes a stand-in (not comparable with a whole object's hash). */
export function isStandIn(o: object): boolean {
  return standIns.has(o);
}

/** The checksum registered for `o` (made now if it was left to make on first need), if any. */
export function registeredChecksum(o: object): string | undefined {
  const c = checksums.get(o);
  if (typeof c !== 'function') return c;
  const made = c();
  checksums.set(o, made);
  return made;
}

/** sha256 over our rendering of an object (the `checksum/*` annotations). */
export function checksumOf(d: Doc): string {
  let c = registeredChecksum(d.object);
  if (c === undefined) {
    c = sha256Hex(JSON.stringify(d.object));
    if (cachesEnabled()) checksums.set(d.object, c);
  }
  return c;
}
