import type { JsonObject } from '../../model/json.ts';
import { UpgradeEditor } from './editor.ts';
import { UPGRADE_STEPS } from './steps.ts';
import type { UpgradeResult } from './types.ts';

/**
 * Brings values written for an old chart (0.x – 3.x) to what chart 4.4.0 accepts: every setting
 * that moved goes to its new place, every one that is gone is removed with a word on what to do
 * instead, and values of the wrong type are converted. Values that are already valid come back
 * unchanged (the same object) with no changes.
 */
export function upgradeValues(values: JsonObject): UpgradeResult {
  const u = new UpgradeEditor(structuredClone(values));
  for (const step of UPGRADE_STEPS) step(u);
  if (u.changes.length === 0) return { values, changes: [], moves: [], advice: u.advice };
  return { values: u.values, changes: u.changes, moves: u.moves, advice: u.advice, ...(u.issuerName ? { issuerName: u.issuerName } : {}) };
}
