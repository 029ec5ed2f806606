import { goFloat } from './go-float.ts';

/** `{{ x }}` in a Go template: fmt's %v, with helm's `<no value>` → "" replacement. */
export function goStr(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goFloat(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return '[' + v.map(goStr).join(' ') + ']';
  const obj = v as Record<string, unknown>;
  return 'map[' + Object.keys(obj).sort().map((k) => `${k}:${goStr(obj[k])}`).join(' ') + ']';
}
