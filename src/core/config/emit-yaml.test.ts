import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { Document, parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/json.ts';
import { emitEntry, emitKey, emitYaml, type EmitValue } from './emit-yaml.ts';
import { markPythonAsBlocks, quoteBlankStrings, writeConfigYamlWhole, yamlOutputOptions } from './write-config-reference.ts';
import { helmSafeText, WRITE_DOCUMENT_OPTIONS } from './yaml-for-helm.ts';
import { writeConfigYaml } from './write-config.ts';

// The emitter must print, character for character, what the yaml library prints for the same
// value as a YAML 1.1 document with config.yaml's options, with one deliberate difference:
// - text of blanks and line breaks only, with a space (` `, ` \n`, `\n \n`), is double-quoted
//   where the library writes a literal block (multi-line, or a Python snippet), as such a block reads
//   back as other text or does not parse. The oracle below applies that difference to the library's
//   document (`quoteBlankStrings`), so the text comparisons still cover everything else, and the
//   test 'deliberate differences' checks those strings by their meaning instead: the text parsed as
//   YAML 1.1 and as YAML 1.2 gives back exactly the input.
// A second deliberate difference: the text `<<` (key or value) is double-quoted, where the library
// prints it plain, a merge key to a YAML 1.1 reader (yaml-for-helm.ts); the oracle applies it too.
// Elsewhere the emitter copies the library even where its text does not read back as the input:
// `0o17` is plain, an int to a YAML 1.2 reader;
// a leading U+FEFF is plain, dropped as a byte order mark at the start of the document; a top-level
// block scalar starting with empty lines and then a space does not read back. (config.yaml's top
// level is always a map.)

const repoRoot = resolve(import.meta.dirname, '../../..');
const corpus = resolve(repoRoot, '../shared/corpus');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) return yamlFiles(file);
      return /\.ya?ml$/.test(name) ? [file] : [];
    });
}

/** What the yaml library prints for `value` (with the deliberate difference applied). */
function library(value: unknown, pythonBlocks = false): string {
  const doc = new Document(value, { ...WRITE_DOCUMENT_OPTIONS, aliasDuplicateObjects: false });
  if (pythonBlocks) markPythonAsBlocks(doc);
  quoteBlankStrings(doc);
  return helmSafeText(doc, yamlOutputOptions);
}

/** What the yaml library prints for `value`, as it is (but as helm reads it back: yaml-for-helm.ts). */
function libraryAsIs(value: unknown, pythonBlocks = false): string {
  const doc = new Document(value, { ...WRITE_DOCUMENT_OPTIONS, aliasDuplicateObjects: false });
  if (pythonBlocks) markPythonAsBlocks(doc);
  return helmSafeText(doc, yamlOutputOptions);
}

/** Equal as JSON data, telling -0 from 0 (and NaN equal to itself). */
function sameData(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => kb[i] === k && sameData((a as JsonObject)[k], (b as JsonObject)[k]));
  }
  return a === b;
}

const PYTHON = { literalBlocksIn: ['hub', 'extraConfig'] } as const;

describe('emitYaml prints what the yaml library prints', () => {
  const files = yamlFiles(corpus);

  it('finds the corpus: real configs, synthetic ones and the sample', () => {
    const names = files.map((f) => relative(corpus, f));
    expect(names.filter((n) => n.startsWith('real-configs/')).length).toBeGreaterThan(10);
    expect(names.some((n) => n.startsWith('synthetic/'))).toBe(true);
    expect(names).toContain('permalink-sample.yaml');
  });

  describe.each(files.map((f) => [relative(corpus, f), f]))('%s', (_name, file) => {
    const values = (parse(readFileSync(file, 'utf8'), { uniqueKeys: false }) ?? {}) as JsonObject;
    it('as it is', () => expect(emitYaml(values)).toBe(library(values)));
    it('with the Python snippets as blocks', () => expect(emitYaml(values, PYTHON)).toBe(library(values, true)));
    it('as config.yaml (chart order, entry by entry)', () => expect(writeConfigYaml(values)).toBe(writeConfigYamlWhole(values)));
  });

  // [string, its text as a value two levels down]: the cases that decide between plain, quoted and block.
  it.each([
    ['16.04', '"16.04"'],
    ['on', '"on"'],
    ['y', '"y"'],
    ['012', '"012"'],
    ['1_000', '"1_000"'],
    ['1:20', '"1:20"'],
    ['2001-01-01', '"2001-01-01"'],
    ['- foo', '"- foo"'],
    ['a: b', '"a: b"'],
    ['a #b', '"a #b"'],
    ['[a]', '"[a]"'],
    [' lead', '" lead"'],
    ['', '""'],
    ['~', '"~"'],
    ['null', '"null"'],
    ['@x', '"@x"'],
    ['`x', '"`x"'],
    ['!x', '"!x"'],
    ['e5', '"e5"'],
    ['-foo', '-foo'],
    ['?x', '?x'],
    [':x', ':x'],
    ['a#b', 'a#b'],
    ['x,y', 'x,y'],
    ['a[b]', 'a[b]'],
    ["it's", "it's"],
    ['say "hi"', 'say "hi"'],
    ['"hi" there', `'"hi" there'`],
    ['2G', '2G'],
    ['4.4.0', '4.4.0'],
    ['=', '='],
    ['<<', '"<<"'],
    ['0o17', '0o17'],
    ['---x', '---x'],
    ['https://h/x?y=1#z', 'https://h/x?y=1#z'],
    ['a\tb', 'a\tb'],
    ['a\nb', '|-\n    a\n    b'],
    ['a\nb\n', '|\n    a\n    b'],
    ['a\nb\n\n', '|+\n    a\n    b\n'],
    [' a\nb', '|2-\n     a\n    b'],
    ['\na\nb', '|-\n    \n    a\n    b'],
    ['x = 1\n\n  y\n', '|\n    x = 1\n\n      y'],
    ['a\r\nb', '"a\\r\\nb"'],
    ['a\n ', '"a\\n "'],
    ['tab\u0007bell\u0000', '"tab\\abell\\0"'],
    ['a long line that goes on and on\nand a second one', '|-\n    a long line that goes on and on\n    and a second one'],
    ['a long line that goes on and on \n  and a second one\r', '"a long line that goes on and on\\ \n\n    \\  and a second one\\r"'],
  ])('%j', (value, text) => {
    const values = { k: { key: value } };
    expect(library(values)).toBe(`k:\n  key: ${text}\n`);
    expect(emitYaml(values)).toBe(`k:\n  key: ${text}\n`);
  });

  it.each([
    [-0, '-0'],
    [1e21, '1e+21'],
    [1e-7, '1e-7'],
    [NaN, '.nan'],
    [Infinity, '.inf'],
    [-Infinity, '-.inf'],
    [[], '[]'],
    [{}, '{}'],
    [[[1, 2], []], '\n    - - 1\n      - 2\n    - []'],
    [[{ a: 1, b: [2] }], '\n    - a: 1\n      b:\n        - 2'],
  ])('%j', (value, text) => {
    const values = { k: { key: value } } as EmitValue;
    expect(library(values)).toBe(`k:\n  key:${text.startsWith('\n') ? '' : ' '}${text}\n`);
    expect(emitYaml(values)).toBe(library(values));
  });

  it.each([
    ['10', '"10"', '"10"'],
    ['on', '"on"', '"on"'],
    ['x: y', '"x: y"', '"x: y"'],
    ['', '""', '""'],
    ['a\nb', '"a\\nb"', '"a\\nb"'],
    ['---x', '"---x"', '---x'],
    ['?x', '?x', '?x'],
  ])('key %j', (key, atRoot, below) => {
    expect(emitKey(key, '')).toBe(atRoot);
    expect(emitKey(key, '  ')).toBe(below);
    expect(emitYaml({ [key]: { [key]: 1 } })).toBe(library({ [key]: { [key]: 1 } }));
    expect(emitYaml({ [key]: { [key]: 1 } })).toBe(`${atRoot}:\n  ${below}: 1\n`);
  });

  it('writes a key longer than 1024 characters as an explicit key', () => {
    const key = 'k'.repeat(1030);
    for (const value of [null, 'x', [], {}, [1, [2]], { a: 1, b: { c: [3] } }] as EmitValue[]) {
      const values = { [key]: value, a: { [key]: value } };
      expect(emitYaml(values)).toBe(library(values));
      expect(emitEntry(key, value, '  ')).toBe(library({ a: { [key]: value } }).slice('a:\n  '.length, -1));
    }
  });

  // Strings built from the pieces that decide a scalar's style, with unicode, control characters,
  // lone surrogates and line breaks around them.
  const fragments = [
    ...['16.04', 'on', 'Off', 'y', 'N', 'yes', 'TRUE', 'null', 'Null', '~', '012', '0b1', '0x1F', '0o17', '1_000', '1:20', '1:20.5', '2001-01-01'],
    ...['2001-1-1 1:2:3', '1e5', 'e5', '.5', '5.', '+1', '-1', '.inf', '-.Inf', '.nan', '<<', '2G', '4.4.0', '='],
    ...['-', '- ', '?', '? ', ':', ': ', '#', ' #', ',', '[', ']', '{', '}', '!', '&', '*', '|', '>', "'", '"', '%', '@', '`'],
    ...['---', '...', ' ', '  ', '\t', '\n', '\n\n', '\r', '\r\n', '\\', '\\n', 'a', 'foo', 'x = 1', 'https://h/x?y=1#z'],
    ...['é', '😀', '\u00a0', '\u0085', '\u2028', '\u2029', '\ufeff', '\u0000', '\u0007', '\u000b', '\u001b', '\u007f', '\ud800', '\udc00'],
    'a line that is long enough to make a quoted string fold its line breaks',
  ];
  const nasty = fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...fragments) },
        { weight: 2, arbitrary: fc.string({ maxLength: 3 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 3 }) },
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join(''));
  const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, 1e21, 1e-7, 5e-324, 2 ** 53, 0.1, 123456789.125));
  const { value } = fc.letrec<{ value: EmitValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      nasty,
      number,
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(nasty, tie('value'), { maxKeys: 4 }),
    ),
  }));

  it('for any value with nasty strings', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(emitYaml(v)).toBe(library(v));
      }),
      { numRuns: 30_000 },
    );
  });

  it('for any value, with the strings under hub.extraConfig as literal blocks', () => {
    const values = fc.record({
      hub: fc.record({ extraConfig: fc.oneof({ weight: 4, arbitrary: fc.dictionary(nasty, value, { maxKeys: 5 }) }, value), other: value }),
      extraConfig: fc.dictionary(nasty, nasty, { maxKeys: 2 }),
    });
    fc.assert(
      fc.property(values, (v) => {
        expect(emitYaml(v, PYTHON)).toBe(library(v, true));
      }),
      { numRuns: 5_000 },
    );
  });

  it('as config.yaml, for any values with nasty keys and strings', () => {
    const key = fc.oneof(fc.constantFrom('hub', 'extraConfig', 'singleuser', 'image', 'hub.extraConfig', '10', 'on', '---x'), nasty);
    const values = fc.dictionary(key, fc.oneof(value, fc.dictionary(key, value, { maxKeys: 4 })), { maxKeys: 6 });
    fc.assert(
      fc.property(values, fc.dictionary(nasty, nasty, { maxKeys: 4 }), (v, python) => {
        const withHub = { ...v, hub: { extraConfig: python } } as JsonObject;
        expect(writeConfigYaml(v as JsonObject)).toBe(writeConfigYamlWhole(v as JsonObject));
        expect(writeConfigYaml(withHub)).toBe(writeConfigYamlWhole(withHub));
      }),
      { numRuns: 5_000 },
    );
  });

  describe('deliberate differences: blanks-only text with a space reads back', () => {
    const blanks = fc.array(fc.constantFrom(' ', ' ', '\t', '\n'), { minLength: 1, maxLength: 50 }).map((parts) => parts.join(''));
    const check = (v: EmitValue, pythonBlocks: boolean) => {
      const text = emitYaml(v, pythonBlocks ? PYTHON : {});
      for (const version of ['1.1', '1.2'] as const) {
        const back: unknown = parse(text, { version, uniqueKeys: false });
        if (!sameData(back, v)) throw new Error(`YAML ${version} reads ${JSON.stringify(back)} from\n${text}`);
      }
    };

    it.each([' ', '   ', ' \t', ' \n', '\n \n', ' \n\n', '\t \n', ' '.repeat(30) + '\n' + ' '.repeat(30) + '\n'])('%j', (blank) => {
      const v = { hub: { extraConfig: { a: blank } }, b: [blank, { c: blank }], d: { e: blank } };
      expect(libraryAsIs(v, true)).not.toBe(emitYaml(v, PYTHON)); // the library's blocks
      check(v, true);
      expect(emitYaml(v, PYTHON)).toBe(library(v, true));
    });

    it('for any such text, anywhere', () => {
      fc.assert(
        fc.property(blanks, value, (blank, other) => {
          const v = { hub: { extraConfig: { a: blank, b: `x${blank}` } }, list: [blank, [blank]], map: { [blank]: blank }, other };
          // `other` holds strings the library's own text does not give back (`0o17`): checked by text.
          check({ ...v, other: null }, true);
          expect(emitYaml(v, PYTHON)).toBe(library(v, true));
        }),
        { numRuns: 3_000 },
      );
    });
  });
});
