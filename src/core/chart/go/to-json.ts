import { goFloat } from './go-float.ts';

/** helm's `toJson` (Go encoding/json: keys sorted, HTML characters escaped). */
export function toJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
    const abs = Math.abs(v);
    if (abs < 1e-6 || abs >= 1e21) {
      return goFloat(v).replace(/e([+-])0(\d)$/, 'e$1$2');
    }
    return String(v);
  }
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') {
    return JSON.stringify(v)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029');
  }
  if (Array.isArray(v)) return '[' + v.map(toJson).join(',') + ']';
  const obj = v as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  return '{' + keys.map((k) => toJson(k) + ':' + toJson(obj[k])).join(',') + '}';
}
