import type { Json, JsonObject } from '../../model/json.ts';
import { int, pick, type Random } from './random.ts';

const KEYS = ['hub', 'proxy', 'singleuser', 'ingress', 'custom', 'extraConfig', '__proto__', 'constructor', 'toString', '', ' ', '<<', '0', 'a.b', 'y', '😀'];
const SCALARS: Json[] = [null, true, false, 0, -0, 1.5, 1e308, -1e308, '', ' ', 'on', '<<', '\u0000', '\ud800', 'a\u2028b', '${x}', '{{ .Values }}', 'x'.repeat(300)];

/** Values as a crafted link or saved work could hold them: deep, wide, odd keys and odd scalars. */
export function hostileValues(next: Random): JsonObject {
  const shape = int(next, 5);
  if (shape === 0) return nest(int(next, 6000), next);
  if (shape === 1) return wide(int(next, 30_000));
  if (shape === 2) return { custom: { huge: 'é'.repeat(int(next, 600_000)) } };
  return randomMap(next, 0);
}

function nest(depth: number, next: Random): JsonObject {
  let v: Json = pick(next, SCALARS);
  for (let i = 0; i < depth; i++) v = next() < 0.8 ? { [pick(next, KEYS) || 'k']: v } : [v];
  return { custom: v };
}

function wide(keys: number): JsonObject {
  const custom: JsonObject = {};
  for (let i = 0; i < keys; i++) custom[`k${i}`] = i;
  return { custom };
}

function randomMap(next: Random, depth: number): JsonObject {
  const out: JsonObject = {};
  const n = int(next, 6);
  for (let i = 0; i < n; i++) {
    const key = pick(next, KEYS);
    const value = depth < 4 && next() < 0.4 ? (next() < 0.7 ? randomMap(next, depth + 1) : [randomMap(next, depth + 1), pick(next, SCALARS)]) : pick(next, SCALARS);
    // JSON.parse, as a link's decoder does it, makes `__proto__` an own key: so must this
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
