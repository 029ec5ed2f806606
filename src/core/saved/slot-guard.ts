/**
 * What a tab may do with the work saved in the browser (one slot, shared by every tab of the
 * site), judged from the slot's text now and the text this tab last wrote or took up there:
 *
 * - `write`: the slot holds this tab's own work (or nothing, or nothing readable): replace it;
 * - `keep-then-write`: the slot holds work this tab showed but did not take up (the page opened
 *   a link beside it): keep that work as a snapshot first, then replace it;
 * - `hold`: another tab saved work this tab has not seen: never write over it. The caller keeps
 *   this tab's work elsewhere and asks the admin which to keep.
 */
export type SlotDecision = 'write' | 'keep-then-write' | 'hold';

export interface SlotView {
  /** the slot's text now (null: empty) */
  stored: string | null;
  /** the slot's text when this tab last wrote it or took it up */
  seen: string | null;
  /** whether this tab's work is the slot's (false while a link is shown beside the saved work) */
  adopted: boolean;
  /** whether what is stored reads back as a setup (unreadable data is no one's work) */
  storedIsWork: boolean;
}

export function decideWrite({ stored, seen, adopted, storedIsWork }: SlotView): SlotDecision {
  if (stored === null || !storedIsWork) return 'write';
  if (stored === seen) return adopted ? 'write' : 'keep-then-write';
  return 'hold';
}
