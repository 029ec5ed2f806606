import { chartDefaults } from '../model/chart-defaults.ts';
import { isObject, type Json, type JsonObject } from '../model/json.ts';
import type { WizardState } from '../model/state.ts';

/**
 * The values the chart's templates (and helm's schema check) see: the chart's defaults with the
 * admin's values on top, merged the way helm coalesces them.
 * - maps merge key by key; anything else (lists included) replaces the default;
 * - a `null` for a key the defaults have removes that key (so `hub.baseUrl: null` leaves the
 *   required `baseUrl` missing); a `null` for a key the defaults lack stays `null`.
 */
export function mergeWithDefaults(values: JsonObject, defaults: JsonObject = chartDefaults): JsonObject {
  return coalesce(values, defaults);
}

/** A previous merge: `merged` is `coalesce(own, defaults)` for the same `defaults`. */
interface PreviousMerge {
  own: JsonObject;
  merged: JsonObject;
}

/**
 * `own` over `defaults`. With `previous`, a map in `own` that is the same object as in
 * `previous.own` takes its merged map from `previous.merged` (equal input, equal output), so
 * unchanged subtrees keep their identity and the result equals a fresh merge, key order included.
 */
function coalesce(own: JsonObject, defaults: JsonObject, previous?: PreviousMerge): JsonObject {
  if (previous && previous.own === own) return previous.merged;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(defaults)) {
    if (!Object.hasOwn(own, key)) out[key] = value;
  }
  for (const [key, value] of Object.entries(own)) {
    const hasDefault = Object.hasOwn(defaults, key);
    if (value === null && hasDefault) continue;
    const def: Json | undefined = hasDefault ? defaults[key] : undefined;
    out[key] = isObject(value) && isObject(def) ? coalesce(value, def, previousAt(previous, key)) : value;
  }
  return out;
}

/** The previous merge of the map at `key`, if there was a map there, merged over the default map. */
function previousAt(previous: PreviousMerge | undefined, key: string): PreviousMerge | undefined {
  if (!previous) return undefined;
  const own = Object.hasOwn(previous.own, key) ? previous.own[key] : undefined;
  const merged = Object.hasOwn(previous.merged, key) ? previous.merged[key] : undefined;
  return isObject(own) && isObject(merged) ? { own, merged } : undefined;
}

let lastValues: JsonObject | undefined;
let lastMerged: JsonObject | undefined;

/**
 * `mergeWithDefaults(state.values)`, remembered for the last `values` object: schema and field
 * checks of one edit share one merge.
 */
export function effectiveValues(state: Pick<WizardState, 'values'>): JsonObject {
  return mergedOnce(state.values);
}

/**
 * `mergeWithDefaults(values)`, remembered for the last `values` object. A new `values` is merged
 * against the previous one: a subtree the edit left alone (same object as before) keeps its
 * previous merged object, so the schema check can skip the top-level keys whose merged subtree is
 * the same object as last time.
 */
export function mergedOnce(values: JsonObject): JsonObject {
  if (values !== lastValues || !lastMerged) {
    const previous = lastValues && lastMerged ? { own: lastValues, merged: lastMerged } : undefined;
    lastMerged = coalesce(values, chartDefaults, previous);
    lastValues = values;
  }
  return lastMerged;
}
