import { applyImport } from '../restore/apply-import.ts';
import type { ImportSuccess } from '../restore/types.ts';
import type { Update } from '../model/state.ts';
import { holdForReview } from './hold.ts';

/**
 * An import as one update, its code held back for the admin's review: the file replaces the work
 * (applyImport), and images the replaced work uses are not asked about.
 */
export function importForReview(result: ImportSuccess): Update {
  return (state) => holdForReview(applyImport(result)(state), state);
}
