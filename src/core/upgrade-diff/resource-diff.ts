import type { RenderedObject } from '../chart/types.ts';
import type { JsonObject } from '../model/json.ts';
import { isObject } from '../values/shape.ts';
import { fieldDiff, type FieldChange } from './field-diff.ts';
import { normalise } from './normalise.ts';

/** One Kubernetes object that an upgrade adds, removes or changes. */
export interface ResourceChange {
  /** `apiVersion/kind/namespace/name`, how the cluster tells objects apart */
  key: string;
  kind: string;
  name: string;
  source: string;
  change: 'added' | 'removed' | 'changed';
  /** for `changed`: each field; a Secret's values are hidden (`hidden`), as helm diff's --suppress-secrets */
  fields: FieldChange[];
  before?: JsonObject;
  after?: JsonObject;
  /** a Secret: its values are never shown */
  secret: boolean;
}

export function objectKey(object: JsonObject): string {
  const md = isObject(object.metadata) ? object.metadata : {};
  return `${String(object.apiVersion)}/${String(object.kind)}/${String(md.namespace ?? '')}/${String(md.name)}`;
}

/**
 * The objects of two renders paired by key (the n-th of a key with the n-th: the chart can render
 * two objects with one key), in the new render's order, then what only the old one had.
 */
export function resourceDiff(before: readonly RenderedObject[], after: readonly RenderedObject[]): ResourceChange[] {
  const old = new Map<string, RenderedObject[]>();
  for (const r of before) old.set(objectKey(r.object), [...(old.get(objectKey(r.object)) ?? []), r]);
  const taken = new Map<string, number>();
  const out: ResourceChange[] = [];
  for (const r of after) {
    const key = objectKey(r.object);
    const n = taken.get(key) ?? 0;
    taken.set(key, n + 1);
    const was = old.get(key)?.[n];
    const base = { key, kind: String(r.object.kind), name: nameOf(r.object), source: r.source, secret: r.object.kind === 'Secret' };
    if (!was) {
      out.push({ ...base, change: 'added', fields: [], after: r.object });
      continue;
    }
    const fields = fieldDiff(normalise(was.object), normalise(r.object));
    if (fields.length > 0) out.push({ ...base, change: 'changed', fields: base.secret ? fields.map(hideValue) : fields, before: was.object, after: r.object });
  }
  for (const [key, list] of old) {
    list.slice(taken.get(key) ?? 0).forEach((r) => {
      out.push({ key, kind: String(r.object.kind), name: nameOf(r.object), source: r.source, change: 'removed', fields: [], before: r.object, secret: r.object.kind === 'Secret' });
    });
  }
  return out;
}

function nameOf(object: JsonObject): string {
  return isObject(object.metadata) ? String(object.metadata.name) : '';
}

/** A Secret's data is never shown: the change is said, its values are not. */
function hideValue(f: FieldChange): FieldChange {
  if (f.path[0] !== 'data' && f.path[0] !== 'stringData') return f;
  return { path: f.path, change: f.change, hidden: true };
}
