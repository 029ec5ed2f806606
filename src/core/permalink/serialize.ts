import { chartDefaults } from '../model/chart-defaults.ts';
import { isObject, type Json } from '../model/json.ts';

/**
 * Compact JSON with every map's keys in chart 4.4.0's values.yaml order (unknown keys after, in
 * their own order): the same setup always gives the same link whatever order it was edited in, and
 * the text lines up with the dictionary's phrases. Key order carries no meaning in Helm values.
 */
export function toCanonicalJson(value: Json, defaults: Json | undefined = chartDefaults): string {
  if (Array.isArray(value)) return `[${value.map((item) => toCanonicalJson(item, undefined)).join(',')}]`;
  if (!isObject(value)) return JSON.stringify(value);
  const known = isObject(defaults) ? Object.keys(defaults) : [];
  const rank = (key: string) => {
    const i = known.indexOf(key);
    return i === -1 ? known.length : i;
  };
  const keys = Object.keys(value)
    .map((key, i) => ({ key, i, r: rank(key) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((e) => e.key);
  const parts = keys.map((key) => {
    const child = isObject(defaults) && Object.hasOwn(defaults, key) ? defaults[key] : undefined;
    return `${JSON.stringify(key)}:${toCanonicalJson(value[key]!, child)}`;
  });
  return `{${parts.join(',')}}`;
}
