import { describe, expect, it } from 'vitest';
import { decideWrite } from './slot-guard.ts';

describe('writing the saved work', () => {
  it('writes over its own work, or over nothing readable', () => {
    expect(decideWrite({ stored: 'A', seen: 'A', adopted: true, storedIsWork: true })).toBe('write');
    expect(decideWrite({ stored: null, seen: 'A', adopted: true, storedIsWork: false })).toBe('write');
    expect(decideWrite({ stored: '{oops', seen: null, adopted: true, storedIsWork: false })).toBe('write');
  });

  it('keeps work it showed but did not take up before writing over it', () => {
    expect(decideWrite({ stored: 'A', seen: 'A', adopted: false, storedIsWork: true })).toBe('keep-then-write');
  });

  it('never writes over work another tab saved since', () => {
    expect(decideWrite({ stored: 'B', seen: 'A', adopted: true, storedIsWork: true })).toBe('hold');
    expect(decideWrite({ stored: 'B', seen: null, adopted: true, storedIsWork: true })).toBe('hold');
    expect(decideWrite({ stored: 'B', seen: 'A', adopted: false, storedIsWork: true })).toBe('hold');
  });
});
