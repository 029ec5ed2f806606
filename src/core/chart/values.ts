/**
 * Helpers for the templates' values. The coalesce of the config with the chart's defaults is
 * values/coalesce.ts (`withDefaults`), the one merge the renderer and validation share.
 * - `mergoMerge(dst, src)`: sprig's `merge` (dst wins, "empty" dst values are filled from src),
 *   returned as a new object instead of mutating dst.
 */

import { isObject, truthy } from '../values/shape.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Any = any;

/** `isObject`, typed for the templates' loosely typed values. */
export const isMap = isObject as (v: unknown) => v is Record<string, Any>;
export { truthy };

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

export function deepClone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
