import { goSortedKeys } from '../go/key-order.ts';
import { isImmutable } from './immutable.ts';
import { cachesEnabled } from './switch.ts';

/** the sorted keys per read-only map */
const sortedKeysCache = new WeakMap<object, string[]>();

/** `goSortedKeys`, remembered for read-only objects (see registerImmutable). */
export function goSortedKeysOf(m: object): string[] {
  if (!cachesEnabled() || !isImmutable(m)) return goSortedKeys(m);
  let keys = sortedKeysCache.get(m);
  if (!keys) {
    keys = goSortedKeys(m);
    sortedKeysCache.set(m, keys);
  }
  return keys;
}
