// Each case was rendered with helm 4.1.4 (`helm template` of chart 4.4.0 with the text as
// config.yaml): `reads` is the value helm put in .Values.custom.a, `refused` that helm refused it.
import { describe, expect, it } from 'vitest';
import { readValuesFile } from './read-values-file.ts';

type Case = [label: string, text: string, expected: { reads: unknown } | { refused: RegExp }];

const cases: Case[] = [
  ['an escaped NUL inside double quotes', 'custom:\n  a: "x\\0y"\n', { reads: 'x\u0000y' }],
  ['a raw control character', 'custom:\n  a: x\u0001y\n', { refused: /control characters in a values file, and there is one \(U\+0001\)/ }],
  ['a raw line separator U+2028', 'custom:\n  a: b\u2028c\n', { refused: /U\+2028 as a line break/ }],
  ['an escaped U+2028', 'custom:\n  a: "a\\u2028b"\n', { reads: 'a\u2028b' }],
  ['a list as a key', 'custom:\n  a:\n    ? [x, y]\n    : 1\n', { refused: /list or a mapping as a key/ }],
  ['valid !!binary', 'custom:\n  a: !!binary aGVsbG8=\n', { reads: 'hello' }],
  ['!!binary as a block', 'custom:\n  a: !!binary |\n    aGVs\n    bG8=\n', { reads: 'hello' }],
  ['invalid !!binary', 'custom:\n  a: !!binary not-base64!\n', { refused: /not valid base64/ }],
  ['!!float 1', 'custom:\n  a: !!float 1\n', { reads: 1 }],
  ['!!float abc', 'custom:\n  a: !!float abc\n', { refused: /`abc` as a number/ }],
  ['!!bool yes', 'custom:\n  a: !!bool yes\n', { reads: true }],
  ['!!bool maybe', 'custom:\n  a: !!bool maybe\n', { refused: /`maybe` as a boolean/ }],
  ['!!int "3"', 'custom:\n  a: !!int "3"\n', { reads: 3 }],
  ['!!int 0x1F', 'custom:\n  a: !!int 0x1F\n', { reads: 31 }],
  ['!!str 3', 'custom:\n  a: !!str 3\n', { reads: '3' }],
  ['!!null ""', 'custom:\n  a: !!null ""\n', { reads: null }],
  ['a tag of its own', 'custom:\n  a: !custom x\n', { reads: 'x' }],
  ['a lone surrogate escape', 'custom:\n  a: "\\ud800"\n', { refused: /invalid Unicode escape/ }],
  ['a %YAML 1.1 directive', '%YAML 1.1\n---\ncustom:\n  a: 1\n', { refused: /%YAML directive/ }],
  ['a %YAML 1.2 directive', '%YAML 1.2\n---\ncustom:\n  a: 1\n', { refused: /%YAML directive/ }],
  ['a number too large for a float', 'custom:\n  a: 1e400\n', { reads: '1e400' }],
  ['.inf', 'custom:\n  a: .inf\n', { refused: /infinite or not a number/ }],
  ['a quoted literal << key', 'custom:\n  a:\n    "<<": 1\n', { reads: { '<<': 1 } }],
  ['a timestamp', 'custom:\n  a: 2024-01-01\n', { reads: '2024-01-01' }],
  ['sexagesimal', 'custom:\n  a: 1:30\n', { reads: '1:30' }],
  ['a repeated key', 'custom:\n  a: 1\n  a: 2\n', { reads: 2 }],
];

describe('values are read as helm 4.1.4 reads them, or refused where helm refuses', () => {
  it.each(cases)('%s', (_label, text, expected) => {
    const read = readValuesFile(text);
    if ('reads' in expected) {
      if (!read.ok) throw new Error(read.error.message);
      expect((read.file.values.custom as Record<string, unknown>).a).toEqual(expected.reads);
    } else {
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.error.message).toMatch(expected.refused);
        expect(read.error.range?.line).toBeGreaterThan(0);
      }
    }
  });

  it('refuses more than 100 documents in one file', () => {
    const read = readValuesFile('custom: {a: 1}\n---\n'.repeat(101));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.code).toBe('too-many-documents');
  });
});
