/**
 * The renderer's caches, and the switch that turns them all off.
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

/**
 * A map from strings to values, bounded by entry count and by total weight (e.g. characters);
 * the oldest entries go first.
 */
export class BoundedMap<V> {
  private readonly map = new Map<string, { v: V; w: number }>();
  private weight = 0;
  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight: number,
  ) {}

  get(k: string): V | undefined {
    return this.map.get(k)?.v;
  }

  set(k: string, v: V, w: number): void {
    const old = this.map.get(k);
    if (old) {
      this.weight -= old.w;
      this.map.delete(k);
    }
    this.map.set(k, { v, w });
    this.weight += w;
    while (this.map.size > this.maxEntries || this.weight > this.maxWeight) {
      const first = this.map.keys().next();
      if (first.done) break;
      this.weight -= this.map.get(first.value)!.w;
      this.map.delete(first.value);
    }
  }
}
