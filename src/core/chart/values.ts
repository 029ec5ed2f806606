/**
 * Helm's value merging, re-implemented:
 * - `coalesce(defaults, config)`: what `helm template -f config.yaml` makes `.Values`: maps
 *   deep-merged, everything else (lists, scalars) replaced whole by the config, and a `null` in the
 *   config deleting a key the defaults have (a `null` for a key the defaults lack, or whose
 *   default is `null` too, stays a `null`).
 *   Subtrees the config does not touch are shared with the defaults, not copied: callers must
 *   treat the result as read-only.
 * - `mergoMerge(dst, src)`: sprig's `merge` (dst wins, "empty" dst values are filled from src),
 *   returned as a new object instead of mutating dst.
 */

import { cachesEnabled } from './cache.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Any = any;

export function isMap(v: unknown): v is Record<string, Any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Results of `coalesce` per config subtree (and the defaults subtree it was merged over): with a
 * read-only config, an unchanged config subtree merges to the very same object, so the merged
 * values of two configs that differ in one place share everything else.
 */
const coalesced = new WeakMap<object, { defaults: object; out: Record<string, Any> }>();

/** `coalesce`, remembering results per config subtree; `config` and its subtrees must be treated as immutable. */
export function coalesceShared(defaults: Record<string, Any>, config: Record<string, Any>): Record<string, Any> {
  if (!cachesEnabled()) return coalesce(defaults, config);
  const hit = coalesced.get(config);
  if (hit && hit.defaults === defaults) return hit.out;
  const out = coalesceWith(defaults, config, coalesceShared);
  coalesced.set(config, { defaults, out });
  return out;
}

export function coalesce(defaults: Record<string, Any>, config: Record<string, Any>): Record<string, Any> {
  return coalesceWith(defaults, config, coalesce);
}

function coalesceWith(
  defaults: Record<string, Any>,
  config: Record<string, Any>,
  recurse: (d: Record<string, Any>, c: Record<string, Any>) => Record<string, Any>,
): Record<string, Any> {
  const out: Record<string, Any> = {};
  for (const key of Object.keys(defaults)) {
    const dv = defaults[key];
    if (!Object.hasOwn(config, key)) {
      out[key] = dv;
      continue;
    }
    const uv = config[key];
    if (uv === null) {
      // a null in the config deletes the default (a null over a null default stays)
      if (dv === null) out[key] = null;
      continue;
    }
    if (isMap(uv) && isMap(dv)) out[key] = recurse(dv, uv);
    else out[key] = uv; // the config wins (helm only warns on table/non-table clashes)
  }
  for (const key of Object.keys(config)) {
    if (!Object.hasOwn(defaults, key)) out[key] = config[key];
  }
  return out;
}

/** Go's notion of an "empty" value, as mergo uses it. */
function mergoEmpty(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return true;
  return Array.isArray(v) && v.length === 0;
}

export function mergoMerge(dst: Record<string, Any>, src: Record<string, Any>): Record<string, Any> {
  const out: Record<string, Any> = { ...dst };
  for (const key of Object.keys(src)) {
    const sv = src[key];
    if (!Object.hasOwn(out, key) || mergoEmpty(out[key])) out[key] = sv;
    else if (isMap(out[key]) && isMap(sv)) out[key] = mergoMerge(out[key], sv);
  }
  return out;
}

/** Go template truthiness (`if`, `with`, `and`, `or`, `default`). */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

export function deepClone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
