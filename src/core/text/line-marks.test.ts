import { describe, expect, it } from 'vitest';
import { diffLines, linesOf } from './line-marks.ts';

const marked = (prev: string, next: string) => {
  const { changed, removedBefore } = diffLines(linesOf(prev), linesOf(next));
  return { changed: changed.flatMap((c, i) => (c ? [i] : [])), removed: removedBefore.flatMap((r, i) => (r ? [[i, r]] : [])) };
};

describe('diffLines', () => {
  it('marks nothing for equal texts', () => {
    expect(marked('a\nb\nc\n', 'a\nb\nc\n')).toEqual({ changed: [], removed: [] });
  });

  it('marks a changed line, and the line it replaced as removed before it', () => {
    expect(marked('a\nb\nc\n', 'a\nB\nc\n')).toEqual({ changed: [1], removed: [[1, 1]] });
  });

  it('marks inserted lines only', () => {
    expect(marked('a\nd\n', 'a\nb\nc\nd\n')).toEqual({ changed: [1, 2], removed: [] });
    expect(marked('', 'x\n')).toEqual({ changed: [0], removed: [] });
  });

  it('counts lines removed in the middle and at the end', () => {
    expect(marked('a\nb\nc\nd\n', 'a\nd\n')).toEqual({ changed: [], removed: [[1, 2]] });
    expect(marked('a\nb\n', 'a\n')).toEqual({ changed: [], removed: [[1, 1]] });
  });

  it('aligns repeated lines to the longest common subsequence', () => {
    // a Deployment with a second host: only the new rule's lines are new
    const prev = '- host: a\n  path: /\n';
    const next = '- host: a\n  path: /\n- host: b\n  path: /\n';
    expect(marked(prev, next)).toEqual({ changed: [2, 3], removed: [] });
    expect(marked('x\na\ny\na\nz\n', 'a\ny\nq\na\n')).toEqual({ changed: [2], removed: [[0, 1], [4, 1]] });
  });

  it('falls back to marking the whole middle when the texts are huge and differ throughout', () => {
    const prev = Array.from({ length: 3000 }, (_, i) => `p${i}`);
    const next = Array.from({ length: 3000 }, (_, i) => `n${i}`);
    const { changed, removedBefore } = diffLines(prev, next);
    expect(changed.every(Boolean)).toBe(true);
    expect(removedBefore[0]).toBe(3000);
  });

  it('keeps a longest common subsequence and counts every other line of the old text as removed (random texts)', () => {
    let seed = 7;
    const rand = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % k);
    const lcsLength = (a: readonly string[], b: readonly string[]) => {
      const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
      return t[0]![0]!;
    };
    for (let run = 0; run < 300; run++) {
      const prev = Array.from({ length: rand(30) }, () => `l${rand(6)}`);
      const next = Array.from({ length: rand(30) }, () => `l${rand(6)}`);
      const { changed, removedBefore } = diffLines(prev, next);
      const kept = next.filter((_, j) => !changed[j]);
      expect(kept.length).toBe(lcsLength(prev, next));
      // the kept lines are a subsequence of prev
      let at = 0;
      for (const line of kept) {
        while (at < prev.length && prev[at] !== line) at++;
        expect(at).toBeLessThan(prev.length);
        at++;
      }
      expect(removedBefore.reduce((x, y) => x + y, 0)).toBe(prev.length - kept.length);
    }
  });
});
