import { describe, expect, it } from 'vitest';
import { deadlineTimer, type Clock } from './deadline-timer.ts';

/** A clock whose time moves only when told, with its timers. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock & { advance(ms: number): void; pending(): number; set: number } = {
    set: 0,
    now: () => now,
    setTimeout(fn, ms) {
      clock.set++;
      timers.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout(id) {
      if (id !== undefined) timers.delete(id);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
    pending: () => timers.size,
  };
  return clock;
}

describe('deadlineTimer', () => {
  it('runs once, delay after the last of many touches, with one timer at a time', () => {
    const clock = fakeClock();
    let runs = 0;
    const t = deadlineTimer(300, () => runs++, clock);
    for (let i = 0; i < 50; i++) {
      t.touch();
      clock.advance(20); // typing: a key every 20 ms
      expect(clock.pending()).toBeLessThanOrEqual(1);
    }
    expect(runs).toBe(0);
    clock.advance(279);
    expect(runs).toBe(0);
    clock.advance(2);
    expect(runs).toBe(1);
    clock.advance(1000);
    expect(runs).toBe(1);
    // 50 touches armed the timer only a handful of times (once, then once per re-wait)
    expect(clock.set).toBeLessThan(10);
  });

  it('runs again after a later touch, and not at all once cancelled', () => {
    const clock = fakeClock();
    let runs = 0;
    const t = deadlineTimer(100, () => runs++, clock);
    t.touch();
    clock.advance(150);
    t.touch();
    clock.advance(150);
    expect(runs).toBe(2);
    t.touch();
    t.cancel();
    clock.advance(500);
    expect(runs).toBe(2);
  });
});
