import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreStepsDone, stepsDoneText } from './restore-steps-done.ts';

describe('next steps ticked off', () => {
  it('come back as they were stored', () => {
    expect(restoreStepsDone(stepsDoneText(['helm-repo', 'dns']))).toEqual(['helm-repo', 'dns']);
  });
  it('anything else stored gives none of it, never a throw', () => {
    expect(restoreStepsDone('{"format":1,"done":["ok",5,"<script>",""]}')).toEqual(['ok']);
    expect(restoreStepsDone('{"format":2,"done":["ok"]}')).toEqual([]);
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
      expect(Array.isArray(restoreStepsDone(raw))).toBe(true);
    }));
  });
});
