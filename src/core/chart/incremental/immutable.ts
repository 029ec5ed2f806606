import { cachesEnabled } from './switch.ts';

/**
 * Objects whose text may be cached: registered read-only data (the chart defaults, and the
 * config and merged values a render was given: the renderer treats its input as immutable, as
 * the page's structural-sharing updates make it). Anything else (rendered objects, the Traefik
 * configs built during a render) is emitted afresh.
 */
const cacheable = new WeakSet<object>();

/** Marks `root` and every map/list under it as immutable data whose YAML text can be reused. */
export function registerImmutable(root: unknown): void {
  if (typeof root !== 'object' || root === null || cacheable.has(root) || !cachesEnabled()) return;
  cacheable.add(root);
  for (const v of Object.values(root)) registerImmutable(v);
}

/** Whether `obj` was registered as read-only data (see registerImmutable). */
export function isImmutable(obj: object): boolean {
  return cacheable.has(obj);
}
