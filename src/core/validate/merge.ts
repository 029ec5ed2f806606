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

function coalesce(own: JsonObject, defaults: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(defaults)) {
    if (!Object.hasOwn(own, key)) out[key] = value;
  }
  for (const [key, value] of Object.entries(own)) {
    const hasDefault = Object.hasOwn(defaults, key);
    if (value === null && hasDefault) continue;
    const def: Json | undefined = hasDefault ? defaults[key] : undefined;
    out[key] = isObject(value) && isObject(def) ? coalesce(value, def) : value;
  }
  return out;
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

export function mergedOnce(values: JsonObject): JsonObject {
  if (values !== lastValues || !lastMerged) {
    lastMerged = mergeWithDefaults(values);
    lastValues = values;
  }
  return lastMerged;
}
