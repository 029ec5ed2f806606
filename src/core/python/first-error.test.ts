import { describe, expect, it } from 'vitest';
import { checkPythonSyntax } from './syntax-check.ts';

// Issue 17: one typo gives one error, not a follow-on "unexpected indent" on the line after it.
describe('checkPythonSyntax: the first cause only', () => {
  it.each([
    ['an unclosed string before an indented line', 'x = "abc\n    y = 1\n', 1, /unclosed string/],
    ['an unclosed string in a block', 'if x:\n    y = "abc\n        z = 2\n', 2, /unclosed string/],
    ['an unclosed string, then a line indented less', 'if x:\n        y = "abc\n    z = 2\n', 2, /unclosed string/],
  ])('%s', (_name, source, line, message) => {
    const d = checkPythonSyntax(source);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line, message: expect.stringMatching(message) });
  });

  it('keeps a second typo of another kind', () => {
    expect(checkPythonSyntax('x = 1 +\ny = 2\nz = 3 *\n').map((d) => d.line)).toEqual([1, 3]);
  });

  it('keeps an indentation error that is the only one', () => {
    const d = checkPythonSyntax('c.Spawner.start_timeout = 600\n  c.X = 1\n');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toMatch(/^unexpected indent/);
  });
});
