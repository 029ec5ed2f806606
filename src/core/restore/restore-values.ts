import { upgradeValues, type UpgradeChange, type UpgradeResult } from '../config/upgrade.ts';
import type { JsonObject } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import { isObject } from '../values/shape.ts';
import { findWrapperPath } from '../values/wrapper.ts';
import { checkValuesShape, type ShapeProblem } from './limits.ts';

export interface RestoredValues {
  ok: true;
  /** the chart's values, upgraded to chart 4.4.0 */
  values: JsonObject;
  /** where the values sat in what came in (`[]` unless a parent chart's block was handed over) */
  wrapperPath: string[];
  upgrade: UpgradeResult;
  changes: UpgradeChange[];
}

export type RestoreValuesResult = RestoredValues | { ok: false; problem: ShapeProblem | { code: 'not-a-mapping'; message: string } };

/**
 * Values that arrive as data (a link, saved work, or a file already read): checked against the
 * limits, unwrapped when they are a parent chart's block, and upgraded from older charts. `wrapperPath`
 * given: the values are known to sit there (a saved import), so nothing is guessed.
 */
export function restoreValues(data: unknown, wrapperPath?: readonly string[]): RestoreValuesResult {
  if (data === null || data === undefined) data = {};
  if (!isObject(data)) return { ok: false, problem: { code: 'not-a-mapping', message: 'Its Helm values are not a mapping.' } };
  const shape = checkValuesShape(data);
  if (shape) return { ok: false, problem: shape };
  const path = wrapperPath ? [...wrapperPath] : findWrapperPath(data);
  const nested = path.length > 0 ? getIn(data, path) : data;
  const values = isObject(nested) ? nested : {};
  const upgrade = upgradeValues(values);
  return { ok: true, values: upgrade.values, wrapperPath: path, upgrade, changes: upgrade.changes };
}
