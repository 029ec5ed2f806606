import { useMemo, useRef } from 'react';
import { changesBetween, type EditChanges } from './changes.ts';
import type { ManifestEntry } from './entries.ts';

/**
 * The changes the latest edit made, kept until the next one: compares `entries` with the list
 * from before they last changed identity (an edit makes a new list; folding or filtering do not).
 * The pair is kept in a ref, updated only when `entries` changes identity, so rendering twice
 * with the same list gives the same answer, and no second render pass is needed.
 */
export function useEditChanges(entries: readonly ManifestEntry[]): EditChanges {
  const renders = useRef<{ current: readonly ManifestEntry[]; previous: readonly ManifestEntry[] | null }>({ current: entries, previous: null });
  if (renders.current.current !== entries) renders.current = { current: entries, previous: renders.current.current };
  const { previous } = renders.current;
  return useMemo(() => changesBetween(previous, entries), [previous, entries]);
}
