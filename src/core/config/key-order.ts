import { chartDefaults } from '../model/chart-defaults.ts';
import { isObject, type Json, type JsonObject } from '../model/json.ts';

/**
 * A copy of `values` whose maps list their keys in the order chart 4.4.0's values.yaml does
 * (keys the chart does not know keep their own order, after the known ones), so config.yaml reads
 * like the chart's documentation.
 */
export function inChartOrder(values: JsonObject): JsonObject {
  return orderMap(values, chartDefaults);
}

/** The keys of `map` in the order of the chart's defaults at the same place; others after, as they are. */
export function orderedKeys(map: JsonObject, defaults: Json | undefined): string[] {
  const keys = Object.keys(map);
  if (!isObject(defaults)) return keys;
  const known = Object.keys(defaults);
  const rank = (key: string) => {
    const i = known.indexOf(key);
    return i === -1 ? known.length : i;
  };
  return keys
    .map((key, i) => ({ key, i, r: rank(key) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((e) => e.key);
}

function orderMap(map: JsonObject, defaults: Json | undefined): JsonObject {
  const out: JsonObject = {};
  for (const key of orderedKeys(map, defaults)) {
    const value = map[key]!;
    out[key] = isObject(value) ? orderMap(value, isObject(defaults) ? defaults[key] : undefined) : value;
  }
  return out;
}
