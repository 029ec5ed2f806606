import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Json, JsonObject } from '../model/json.ts';
import { setIn } from '../model/paths.ts';
import { writeConfigYaml } from './write-config.ts';
import { writeConfigYamlWhole } from './write-config-reference.ts';

const corpus = resolve(import.meta.dirname, '../../../../shared/corpus');
const files = [
  ...readdirSync(join(corpus, 'real-configs')).filter((f) => f.endsWith('.yaml')).map((f) => join(corpus, 'real-configs', f)),
  join(corpus, 'permalink-sample.yaml'),
  join(corpus, 'synthetic/0.7-era-typical.yaml'),
];

describe('writeConfigYaml (entry by entry, cached) prints what one yaml pass prints', () => {
  it.each(files.map((f) => [f.split('/').pop()!, f]))('%s', (_name, file) => {
    const values = (parse(readFileSync(file, 'utf8'), { uniqueKeys: false }) ?? {}) as JsonObject;
    expect(writeConfigYaml(values)).toBe(writeConfigYamlWhole(values));
  });

  it('keeps apart key paths that read alike, and keys quoted only at the top', () => {
    const shared = { x: 1, y: 'a\nb' };
    const cases: JsonObject[] = [
      { 'hub.extraConfig': { a: 'one line' }, hub: { extraConfig: { b: 'one line' } } },
      { 'a.b': shared, a: { b: shared } },
      { '---x': { '---x': { y: 1 } } },
    ];
    for (const values of cases) expect(writeConfigYaml(values)).toBe(writeConfigYamlWhole(values));
  });

  it('writes a key longer than 1024 characters as an explicit key', () => {
    const key = 'k'.repeat(1030);
    const values = { [key]: { a: 1, [key]: { b: [1] } }, hub: { extraConfig: { [key]: 'x' } } } as JsonObject;
    expect(writeConfigYaml(values)).toBe(writeConfigYamlWhole(values));
  });

  it('for any values, and again after an edit deep inside', () => {
    const key = fc.oneof(fc.constantFrom('hub', 'extraConfig', 'ingress', 'on', 'a b', '10', 'x:y'), fc.string({ maxLength: 6 }));
    const values = fc.dictionary(key, fc.jsonValue({ maxDepth: 4 }), { maxKeys: 5 }) as fc.Arbitrary<JsonObject>;
    fc.assert(
      fc.property(values, fc.jsonValue({ maxDepth: 2 }), (v, edit) => {
        const withHub = { ...v, hub: { extraConfig: { '00-a': 'x = 1\n\n  y\n', b: 'one line' }, ...(typeof v.hub === 'object' && v.hub && !Array.isArray(v.hub) ? v.hub : {}) } } as JsonObject;
        expect(writeConfigYaml(withHub)).toBe(writeConfigYamlWhole(withHub));
        const edited = setIn(withHub, ['hub', 'extraConfig', 'b'], edit as Json);
        expect(writeConfigYaml(edited)).toBe(writeConfigYamlWhole(edited));
      }),
      { numRuns: 300 },
    );
  });
});
