/**
 * A debounce with a single timer: `touch()` moves the deadline to `delayMs` from now, and the
 * timer, when it fires early, waits for what is left. Why not clearTimeout + setTimeout on each
 * touch: done on every keystroke, that (with effect cleanups re-adding listeners) showed up in the
 * profile of typing.
 */
export interface DeadlineTimer {
  /** (re)starts the wait: `run` happens `delayMs` after the last touch */
  touch(): void;
  /** drops a pending run */
  cancel(): void;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

const browserClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

export function deadlineTimer(delayMs: number, run: () => void, clock: Clock = browserClock): DeadlineTimer {
  let id: number | undefined;
  let due = 0;
  const wait = (ms: number) => {
    id = clock.setTimeout(() => {
      id = undefined;
      const left = due - clock.now();
      if (left >= 1) wait(left);
      else run();
    }, ms);
  };
  return {
    touch() {
      due = clock.now() + delayMs;
      if (id === undefined) wait(delayMs); // else the pending timer sees the later deadline
    },
    cancel() {
      clock.clearTimeout(id);
      id = undefined;
    },
  };
}
