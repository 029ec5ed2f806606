import type { JsonObject } from '../model/json.ts';
import { isObject } from './shape.ts';

/**
 * How helm joins the documents of one values file (`---` separated), checked against helm 4.1.4:
 * each later document is merged over the earlier ones — maps deeply, anything else replaced — and
 * a `null` replaces what was there and stays a `null` (it deletes a chart default only later, when
 * the values are coalesced with the defaults).
 */
export function mergeDocuments(base: JsonObject, overlay: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const key of Object.keys(overlay)) {
    const value = overlay[key]!;
    const under = Object.hasOwn(out, key) ? out[key] : undefined;
    out[key] = isObject(value) && isObject(under) ? mergeDocuments(under, value) : value;
  }
  return out;
}
