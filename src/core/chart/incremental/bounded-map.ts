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
