import { isObject } from '../values/shape.ts';

/** Plain JSON data: what a parsed config.yaml holds once comments and positions are set aside. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export { isObject };

/** A key path into values: `['ingress', 'hosts', 1]` is `ingress.hosts[1]`. */
export type Path = readonly (string | number)[];

/** Equal as JSON data. Loops rather than every()/Object.keys(): it runs on each keystroke (the
 * preview compares renders with it) and must not make garbage. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a) && isObject(b)) {
    let count = 0;
    for (const k in a) {
      if (!Object.hasOwn(a, k)) continue;
      if (!Object.hasOwn(b, k) || !deepEqual(a[k], b[k])) return false;
      count++;
    }
    for (const k in b) if (Object.hasOwn(b, k)) count--;
    return count === 0;
  }
  return false;
}

/** `ingress.hosts[1]`, the way problems and the CLI name a place in the values. */
export function formatPath(path: Path): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(step)) out += out ? `.${step}` : step;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out || '(root)';
}
