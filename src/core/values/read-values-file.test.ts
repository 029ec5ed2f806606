import { describe, expect, it } from 'vitest';
import { readValuesFile, type ValuesFile } from './read-values-file.ts';

function file(text: string): ValuesFile {
  const read = readValuesFile(text);
  if (!read.ok) throw new Error(read.error.message);
  return read.file;
}

describe('readValuesFile reads as helm 4.1.4 does', () => {
  it('YAML 1.1 scalars: on/yes/y are booleans, 0644 is octal, a timestamp stays a string', () => {
    expect(file('a: on\nb: yes\nc: 0644\nd: 2024-01-01\n').values).toEqual({ a: true, b: true, c: 420, d: '2024-01-01' });
  });

  it('merges the documents: maps deeply, a null stays a null, later lists replace', () => {
    const f = file('custom:\n  a: {x: 1, k: 2}\n  b: [1]\n---\ncustom:\n  a: {k: null, z: 3}\n  b: null\n---\ncustom:\n  b: {q: 1}\n');
    expect(f.values).toEqual({ custom: { a: { x: 1, k: null, z: 3 }, b: { q: 1 } } });
    expect(f.problems.map((p) => p.code)).toEqual(['several-documents']);
  });

  it('finds a parent chart’s block and reads the values inside it', () => {
    const f = file('jupyterhub:\n  hub:\n    baseUrl: /x/\n  proxy: {}\nother: 1\n');
    expect(f.wrapperPath).toEqual(['jupyterhub']);
    expect(f.values).toEqual({ hub: { baseUrl: '/x/' }, proxy: {} });
  });

  it('refuses what is not a mapping, with the line and column', () => {
    const read = readValuesFile('a: 1\n---\n- x\n');
    expect(read.ok).toBe(false);
    if (!read.ok) expect([read.error.code, read.error.range?.line, read.error.range?.col]).toEqual(['not-a-mapping', 3, 1]);
  });
});

describe('locate: where a path into the values is written', () => {
  const text = [
    'jupyterhub:', //           1
    '  ingress:', //            2
    '    enabled: true', //     3
    '    hosts:', //            4
    '      - a.org', //         5
    '      - b.org', //         6
    '  hub:', //                7
    '    extraFiles:', //       8
    '    ', //                  9
    '      base: &b {mountPath: /a}', // 10
    '      copy:', //          11
    '        <<: *b', //       12
    '---', //                  13
    'jupyterhub:', //          14
    '  ingress:', //           15
    '    enabled: false', //   16
    '',
  ].join('\n');
  const f = file(text);
  const at = (path: (string | number)[]) => {
    const l = f.locate(path);
    return l && `${l.range.line}:${l.range.col}${l.exact ? '' : '~'}`;
  };

  it('a key in the last document that writes it, a list item, and a key below the wrapper', () => {
    expect(at(['ingress', 'enabled'])).toBe('16:5');
    expect(at(['ingress', 'hosts', 1])).toBe('6:9');
    expect(at(['hub', 'extraFiles', 'base', 'mountPath'])).toBe('10:17');
  });

  it('the nearest written key for what a merge key or a default holds; nothing for the values as a whole', () => {
    expect(at(['hub', 'extraFiles', 'copy', 'mountPath'])).toBe('11:7~');
    expect(at(['ingress', 'pathType'])).toBe('15:3~');
    expect(at(['singleuser', 'memory'])).toBeUndefined();
    expect(at([])).toBeUndefined();
  });

  it('the range runs from the key to the end of its value', () => {
    expect(f.locate(['ingress', 'hosts'])!.range).toEqual({ line: 4, col: 5, endLine: 7, endCol: 1 });
  });
});
