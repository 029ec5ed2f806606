import type { Json, JsonObject } from '../model/json.ts';

/**
 * The few questions every reader of values asks of a value, answered once for the whole core: the
 * renderer (as Go templates answer them), validation, the forms and the importer.
 */

/** A mapping (not a list, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Go template truthiness (`if`, `with`, `and`, `or`, `default`): false, 0, "", null, a missing
 * value and an empty list or map are false; everything else is true.
 */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    for (const key in value) if (Object.hasOwn(value, key)) return true;
    return false;
  }
  return true;
}

/** The value if it is a list, else an empty list. */
export function asList(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

/** The value if it is a mapping, else an empty mapping. */
export function asMap(value: Json | undefined): JsonObject {
  return isObject(value) ? value : {};
}

/** Set to something: neither missing, null nor the empty string. */
export function isSet(value: Json | undefined): boolean {
  return value !== undefined && value !== null && value !== '';
}
