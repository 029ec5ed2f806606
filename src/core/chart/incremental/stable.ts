import type { Any } from '../values.ts';
import { cachesEnabled } from './switch.ts';

/**
 * `obj`, or the last object given for `slot` if that one has the same keys and (identical) values:
 * for values made afresh on every render (the names, the generated secrets) that downstream
 * memory compares by identity.
 */
export function stable<T extends object>(slot: string, obj: T, equal: (a: T, b: T) => boolean = shallowEqual): T {
  if (!cachesEnabled()) return obj;
  const last = lastStable.get(slot) as T | undefined;
  if (last !== undefined && equal(last, obj)) return last;
  lastStable.set(slot, obj);
  return obj;
}
/** the last object per slot */
const lastStable = new Map<string, object>();

/** Same keys in the same order, with identical values. */
export function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !Object.is((a as Any)[k], (b as Any)[k])) return false;
  }
  return true;
}
