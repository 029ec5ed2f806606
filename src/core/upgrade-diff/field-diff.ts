import type { Json } from '../model/json.ts';
import { isObject } from '../values/shape.ts';

/** A key path into a Kubernetes object: `['spec', 'template', 'spec', 'containers', 0, 'image']`. */
export type FieldPath = (string | number)[];

/** One field that differs: present only after (`added`), only before (`removed`), or in both. */
export interface FieldChange {
  path: FieldPath;
  change: 'added' | 'removed' | 'changed';
  before?: Json;
  after?: Json;
  /** the values are a Secret's: said to differ, never shown */
  hidden?: boolean;
}

/**
 * Every field that differs between two objects, as deep as both sides are mappings; lists are
 * compared item by item by position (an item only on one side is added or removed whole), and a
 * field only on one side is added or removed whole, as `helm diff` shows a block.
 */
export function fieldDiff(before: Json | undefined, after: Json | undefined, path: FieldPath = [], out: FieldChange[] = []): FieldChange[] {
  if (before === undefined && after === undefined) return out;
  if (before === undefined) {
    out.push({ path, change: 'added', after: after! });
    return out;
  }
  if (after === undefined) {
    out.push({ path, change: 'removed', before });
    return out;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const k of keys) fieldDiff(Object.hasOwn(before, k) ? before[k] : undefined, Object.hasOwn(after, k) ? after[k] : undefined, [...path, k], out);
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) fieldDiff(before[i], after[i], [...path, i], out);
    return out;
  }
  if (!sameJson(before, after)) out.push({ path, change: 'changed', before, after });
  return out;
}

function sameJson(a: Json, b: Json): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `spec.template.metadata.annotations["checksum/secret"]`, `spec.rules[0].host`. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (PLAIN_KEY.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
