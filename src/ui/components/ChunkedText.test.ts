import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitIntoChunks } from './ChunkedText.tsx';

describe('splitIntoChunks', () => {
  it('joins back to the text, with whole lines per chunk', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 5 }), { maxLength: 200 }), fc.boolean(), fc.integer({ min: 1, max: 7 }), (lines, trailing, per) => {
        const text = lines.join('\n') + (trailing ? '\n' : '');
        const chunks = splitIntoChunks(text, per);
        expect(chunks.join('')).toBe(text);
        for (const c of chunks.slice(0, -1)) expect(c.split('\n').length - 1).toBe(per);
      }),
    );
  });
});
