import { describe, expect, it } from 'vitest';
import { initialState, type WizardState } from '../model/state.ts';
import { restoreUndo } from '../restore/restore-undo.ts';
import { undoRecordText, UNDO_LIMITS } from './undo-record.ts';

const step = (n: number, imported?: WizardState['imported']): WizardState => ({
  ...initialState(),
  values: { hub: { concurrentSpawnLimit: n } },
  ...(imported ? { imported } : {}),
});

describe('the undo history kept across a reload', () => {
  it('reads back for the same revision only', () => {
    const file = { text: '# ours\nhub:\n  concurrentSpawnLimit: 1\n', wrapperPath: [] };
    const steps = { past: [step(1, file), step(2, file), step(3)], future: [step(5), step(6, file)] };
    const text = undoRecordText(steps, 'r1', '2026-01-01T00:00:00.000Z');
    expect(restoreUndo(text, 'r1')).toEqual(steps);
    expect(restoreUndo(text, 'r2')).toEqual({ past: [], future: [] });
    expect(restoreUndo(text, undefined)).toEqual({ past: [], future: [] });
    // the file's text is stored once
    expect(text.split('# ours').length).toBe(2);
  });

  it('keeps how an import was told as from an older chart, and the target Kubernetes version', () => {
    const file = { text: 'auth: {}\n', wrapperPath: [], olderChart: ['`auth`, a setting gone in chart 1.0.0'] };
    const steps = { past: [{ ...step(1, file), kubeVersion: '1.30' }], future: [] };
    expect(restoreUndo(undoRecordText(steps, 'r1', 'now'), 'r1')).toEqual(steps);
  });

  it('keeps the steps nearest the present within the limits', () => {
    const past = Array.from({ length: 80 }, (_, i) => step(i));
    const kept = restoreUndo(undoRecordText({ past, future: [] }, 'r', 'now'), 'r');
    expect(kept.past.length).toBe(UNDO_LIMITS.maxPast);
    expect(kept.past.at(-1)).toEqual(step(79));
    const one = undoRecordText({ past: [step(1)], future: [] }, 'r', 'now').length;
    const small = restoreUndo(undoRecordText({ past, future: [step(100)] }, 'r', 'now', new WeakMap(), { maxPast: 50, maxFuture: 20, maxChars: one }), 'r');
    expect(small.past.length).toBeGreaterThan(0);
    expect(small.past.length).toBeLessThan(5);
    expect(small.past.at(-1)).toEqual(step(79));
  });

  it('serialises each state once, however often the history is saved', () => {
    const cache = new WeakMap<WizardState, string>();
    const past = [step(1), step(2)];
    undoRecordText({ past, future: [] }, 'r', 'now', cache);
    expect(cache.has(past[0]!)).toBe(true);
  });

  it('stops at a step that does not read, so Undo never jumps over a gap', () => {
    const text = undoRecordText({ past: [step(1), step(2), step(3)], future: [step(4), step(5)] }, 'r', 'now');
    const data = JSON.parse(text);
    data.past[1].state.values = 'nope';
    data.future[0].state.release = 4;
    expect(restoreUndo(JSON.stringify(data), 'r')).toEqual({ past: [step(3)], future: [] });
    expect(restoreUndo('{"format":1,"rev":"r","past":[{"state":{},"imported":{"text":9}}]}', 'r')).toEqual({ past: [], future: [] });
    expect(restoreUndo('not json', 'r')).toEqual({ past: [], future: [] });
  });
});
