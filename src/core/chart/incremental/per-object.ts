import { cachesEnabled } from './switch.ts';

/**
 * `make`, remembered per argument object (a WeakMap) while caches are on: for results that must
 * keep their identity while their input does, so that the memory downstream (memo deps, text
 * per object) finds them again.
 */
export function perObject<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let out = cachesEnabled() ? made.get(key) : undefined;
    if (out === undefined) {
      out = make(key);
      if (cachesEnabled()) made.set(key, out);
    }
    return out;
  };
}
