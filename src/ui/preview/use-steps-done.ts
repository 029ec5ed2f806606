import { useCallback, useState } from 'react';
import { restoreStepsDone, stepsDoneText } from '../../core/restore/restore-steps-done.ts';
import { readStored, writeStored } from '../state/browser-storage.ts';

/** The next steps ticked off, kept in this browser (core/restore/restore-steps-done.ts has the format). */
export const STEPS_DONE_STORAGE_KEY = 'z2jh-wizard:steps-done';

/**
 * Which next steps the admin ticked off, and a toggle: kept across reloads (as a step id, so a
 * step that no longer shows is simply not counted). Without storage it holds for the page only.
 */
export function useStepsDone(): [ReadonlySet<string>, (id: string) => void] {
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set(restoreStepsDone(readStored(STEPS_DONE_STORAGE_KEY))));
  const toggle = useCallback(
    (id: string) =>
      setDone((d) => {
        const next = new Set(d);
        if (!next.delete(id)) next.add(id);
        writeStored(STEPS_DONE_STORAGE_KEY, next.size ? stepsDoneText(next) : null);
        return next;
      }),
    [],
  );
  return [done, toggle];
}
