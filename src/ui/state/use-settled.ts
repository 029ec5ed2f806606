import { useEffect, useRef } from 'react';
import { deadlineTimer, type DeadlineTimer } from './deadline-timer.ts';

/**
 * Calls `run(value)` once `value` has held still for `delayMs` (a debounce on one timer, see
 * deadline-timer.ts). `run` gets the latest value; nothing runs for the value the hook started
 * with, for values `skip` declines, nor after unmount.
 */
export function useSettled<T>(value: T, delayMs: number, run: (value: T) => void, skip?: (value: T) => boolean): void {
  const latest = useRef({ value, run });
  latest.current = { value, run };
  const initial = useRef(value);
  const timer = useRef<DeadlineTimer | null>(null);

  useEffect(() => {
    const t = deadlineTimer(delayMs, () => latest.current.run(latest.current.value));
    timer.current = t;
    return () => {
      t.cancel();
      timer.current = null;
    };
  }, [delayMs]);

  useEffect(() => {
    if (value === initial.current || skip?.(value)) return;
    timer.current?.touch();
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps -- `skip` is read when the value changes
}
