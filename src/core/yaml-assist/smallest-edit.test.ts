import { describe, expect, it } from 'vitest';
import { smallestEdit } from './smallest-edit.ts';

const apply = (before: string, e: ReturnType<typeof smallestEdit>) => before.slice(0, e.start) + e.text + before.slice(e.end);

describe('the smallest edit between two texts', () => {
  it('replaces only what differs, and turns one text into the other', () => {
    const before = '# c\ningress:\n  hosts:\n    - a.org\n';
    const after = '# c\ningress:\n  hosts:\n    - b.org\n';
    const e = smallestEdit(before, after);
    expect(e).toEqual({ start: before.indexOf('a.org'), end: before.indexOf('a.org') + 1, text: 'b' });
    for (const [x, y] of [['', 'abc'], ['abc', ''], ['aaa', 'aa'], ['abcabc', 'abc'], ['same', 'same']]) expect(apply(x!, smallestEdit(x!, y!))).toBe(y);
  });
});
