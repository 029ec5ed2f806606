import type { Json } from '../../model/json.ts';
import type { UpgradeChange } from './types.ts';

/**
 * What a change did to a value, in words an admin reads at a glance: "was `pack`, now removed",
 * "was true, now the text "true"", "was a list of 3 images, now a mapping of 3 settings".
 * Empty when the change moved a setting without changing it.
 */
export function valueChangeInWords(change: UpgradeChange): string {
  const { before, after } = change;
  if (before === undefined && after === undefined) return '';
  if (change.to !== undefined && JSON.stringify(before) === JSON.stringify(after)) return '';
  if (after === undefined) return `was ${valueInWords(before)}, now removed`;
  if (before === undefined) return `now ${valueInWords(after)}`;
  return `was ${valueInWords(before)}, now ${valueInWords(after)}`;
}

export function valueInWords(value: Json | undefined): string {
  if (value === undefined) return 'not set';
  if (value === null) return 'empty (null)';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string' && value.trimEnd().includes('\n')) return `a text of ${value.trimEnd().split('\n').length} lines`;
  if (typeof value === 'string') return value === '' ? 'an empty text' : `the text “${value.length > 40 ? `${value.slice(0, 37)}…` : value}”`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  const n = Object.keys(value).length;
  return n === 0 ? 'an empty mapping' : `a mapping of ${n} ${n === 1 ? 'setting' : 'settings'}`;
}
