import { deepEqual } from '../model/json.ts';
import type { WizardState } from '../model/state.ts';

/**
 * Earlier setups kept in the browser: whenever work is replaced by something the admin did not
 * type (a link, an import, New, another tab's work), the replaced setup is kept here first, so
 * that it stays restorable after Undo has forgotten it (another tab, a closed page).
 */
export type SnapshotReason =
  /** the work saved in this browser, replaced by a setup opened from a link */
  | 'link'
  /** the work replaced by an imported file */
  | 'import'
  /** the work cleared by New */
  | 'new'
  /** another tab's work, replaced when the admin kept this tab's */
  | 'other-tab'
  /** this tab's work, set aside when the admin loaded another tab's */
  | 'this-tab'
  /** changes made in a tab while another tab's work was saved: held here, not written over it */
  | 'held'
  /** the work replaced by restoring an earlier setup */
  | 'restore'
  /** the older copy saved in this browser, replaced by this tab's newer one that could not be saved */
  | 'older-copy';

export const SNAPSHOT_REASONS: readonly SnapshotReason[] = ['link', 'import', 'new', 'other-tab', 'this-tab', 'held', 'restore', 'older-copy'];

export interface Snapshot {
  /** unique in the list; a tab's held changes keep one id, so that each save replaces its entry */
  id: string;
  /** ISO time the setup was set aside */
  savedAt: string;
  reason: SnapshotReason;
  state: WizardState;
}

/**
 * How much the list keeps. localStorage holds about 5 million characters per site, and the work
 * itself (with an imported file of up to 1 MB) and its undo history need room beside it.
 */
export const SNAPSHOT_LIMITS = {
  maxCount: 10,
  maxChars: 1_500_000,
} as const;

export interface SnapshotLimits {
  maxCount: number;
  maxChars: number;
}

/**
 * The list with `entry` first (the list is newest first): an entry with the same id is replaced,
 * an older entry holding the same setup is dropped (kept once, as the newest), and the oldest go
 * while the list is over the limits. The new entry itself is always kept, whatever its size.
 */
export function addSnapshot(list: readonly Snapshot[], entry: Snapshot, limits: SnapshotLimits = SNAPSHOT_LIMITS): Snapshot[] {
  const rest = list.filter((s) => s.id !== entry.id && !deepEqual(s.state, entry.state));
  const out = [entry];
  let chars = sizeOf(entry);
  for (const s of rest) {
    if (out.length >= limits.maxCount) break;
    chars += sizeOf(s);
    if (chars > limits.maxChars) break;
    out.push(s);
  }
  return out;
}

/** The list without the entry `id`. */
export function removeSnapshot(list: readonly Snapshot[], id: string): Snapshot[] {
  return list.filter((s) => s.id !== id);
}

/** A setup with nothing in it: not worth keeping. */
export function isBlankSetup(state: WizardState, blank: WizardState): boolean {
  return deepEqual(state, blank);
}

function sizeOf(s: Snapshot): number {
  return JSON.stringify(s).length;
}
