import { sameRenderedContent } from '../../../core/chart/index.ts';
import { deepEqual, type JsonObject } from '../../../core/model/json.ts';
import type { ManifestEntry } from './entries.ts';

/** What one edit did to the resources: each changed or added one, with what it was before. */
export interface EditChanges {
  /** key → the object before the edit, or null for a resource the edit added */
  changed: Map<string, JsonObject | null>;
  /** resources the edit removed, as "Kind name" */
  removed: string[];
}

export const NO_CHANGES: EditChanges = { changed: new Map(), removed: [] };

/**
 * Compares two renders by object value; nothing is stringified here. The renderer's own answer
 * comes first: Secret hub's values.yaml is made only when read, and comparing it would make it.
 */
export function changesBetween(previous: readonly ManifestEntry[] | null, next: readonly ManifestEntry[]): EditChanges {
  if (!previous) return NO_CHANGES;
  const before = new Map(previous.map((e) => [e.key, e]));
  const changed = new Map<string, JsonObject | null>();
  for (const e of next) {
    const old = before.get(e.key);
    if (!old) changed.set(e.key, null);
    else if (!sameObject(old.object, e.object)) changed.set(e.key, old.object);
    before.delete(e.key);
  }
  const removed = [...before.values()].map((e) => `${e.kind} ${e.name}`);
  return changed.size === 0 && removed.length === 0 ? NO_CHANGES : { changed, removed };
}

function sameObject(a: JsonObject, b: JsonObject): boolean {
  return a === b || (sameRenderedContent(a, b) ?? deepEqual(a, b));
}
