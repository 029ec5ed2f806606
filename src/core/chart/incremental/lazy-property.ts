import type { Any } from '../values.ts';

/**
 * Makes `obj[key]` an enumerable property whose value `make` gives on the first read and which
 * is remembered: to every reader (Object.keys, spread, JSON.stringify, the emitter, deepEqual) it
 * is the same as a plain property holding that value. Writing it makes it a plain property.
 */
export function defineLazy(obj: Record<string, Any>, key: string, make: () => string): void {
  let value: string | undefined;
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get: () => (value ??= make()),
    set: (v: Any) => Object.defineProperty(obj, key, { value: v, writable: true, enumerable: true, configurable: true }),
  });
}
