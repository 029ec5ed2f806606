import { useMemo, useState } from 'react';
import { changesBetween, type EditChanges } from './changes.ts';
import type { ManifestEntry } from './entries.ts';

/**
 * The changes the latest edit made, kept until the next one: compares `entries` with the list
 * from before they last changed identity (an edit makes a new list; folding or filtering do not).
 */
export function useEditChanges(entries: readonly ManifestEntry[]): EditChanges {
  const [renders, setRenders] = useState({ current: entries, previous: null as readonly ManifestEntry[] | null });
  if (renders.current !== entries) setRenders({ current: entries, previous: renders.current });
  const previous = renders.current === entries ? renders.previous : renders.current;
  return useMemo(() => changesBetween(previous, entries), [previous, entries]);
}
