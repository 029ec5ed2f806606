/**
 * The switch that turns all the renderer's caches off (every module in this folder reads it).
 *
 * Re-rendering after a small edit is cheap because everything is remembered by the identity of
 * what it was computed from: the merged values keep the identity of every subtree the edit did not
 * touch (the config is treated as immutable, as `setIn` produces it), each component remembers its
 * last results keyed on the values it read, and text (YAML, digests) is remembered per object.
 * Caches hold at most a few entries per component, or are WeakMaps on objects, or are small,
 * size-bounded maps: they never grow with the number of renders.
 *
 * `withoutCaches(fn)` runs `fn` as a cold, cache-free render would: nothing is read from or
 * written to any cache (tests compare incremental renders against that).
 */

let enabled = true;

export function cachesEnabled(): boolean {
  return enabled;
}

/** Runs `fn` with every renderer cache bypassed (neither read nor filled). */
export function withoutCaches<T>(fn: () => T): T {
  const prev = enabled;
  enabled = false;
  try {
    return fn();
  } finally {
    enabled = prev;
  }
}
