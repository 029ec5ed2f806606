import { isObject, type Json, type Path } from '../../model/json.ts';
import { chartDefaults } from '../../model/chart-defaults.ts';
import { getIn } from '../../model/paths.ts';
import { inChartOrder } from '../key-order.ts';

/** Rank of each key in the chart's values.yaml at `path`; unknown keys rank after all known ones. */
export function chartRanks(path: Path): (key: string) => number {
  const defaults = getIn(chartDefaults, path);
  const known = isObject(defaults) ? Object.keys(defaults) : [];
  return (key) => {
    const i = known.indexOf(key);
    return i === -1 ? known.length : i;
  };
}

/** `value` with its maps in chart order, as if it sat at `path` in the values. */
export function ordered(value: Json, path: Path): Json {
  if (!isObject(value) && !Array.isArray(value)) return value;
  let wrapped: Json = value;
  for (let i = path.length - 1; i >= 0; i--) wrapped = { [String(path[i])]: wrapped };
  if (!isObject(wrapped)) return value;
  const sorted = inChartOrder(wrapped);
  return getIn(sorted, path.map(String)) ?? value;
}
