import { describe, expect, it } from 'vitest';
import { valueChangeInWords } from './change-in-words.ts';

describe('upgrade changes in words, not JSON', () => {
  it.each([
    [{ path: 'a', before: 'pack', why: '' }, 'was the text “pack”, now removed'],
    [{ path: 'a', before: true, after: 'true', why: '' }, 'was true, now the text “true”'],
    [{ path: 'a', before: ['x', 'y'], after: { x: {}, y: {} }, why: '' }, 'was a list of 2 items, now a mapping of 2 settings'],
    [{ path: 'a', after: false, why: '' }, 'now false'],
    [{ path: 'a', before: 'x = 1\ny = 2\n', after: { s: 'x' }, why: '' }, 'was a text of 2 lines, now a mapping of 1 setting'],
    [{ path: 'a', to: 'b', before: 1, after: 1, why: '' }, ''],
  ])('%j', (change, words) => expect(valueChangeInWords(change)).toBe(words));
});
