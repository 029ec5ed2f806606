import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setIn } from '../../model/paths.ts';
import type { JsonObject } from '../../model/json.ts';
import { Hash128 } from '../hash128.ts';
import { registerImmutable } from './immutable.ts';
import { parseValuesYaml } from '../values-yaml.ts';
import { withoutCaches } from './switch.ts';
import { valuesDigest } from './values-digest.ts';

const corpusDir = path.resolve(__dirname, '../../../../../shared/corpus/real-configs');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parseValuesYaml(readFileSync(path.join(corpusDir, f), 'utf8')))
  .filter((v): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v));

describe('Hash128', () => {
  it('is deterministic and gives 32 hex digits', () => {
    const h = new Hash128().str('hub.example.org').hex();
    expect(h).toMatch(/^[0-9a-f]{32}$/);
    expect(new Hash128().str('hub.example.org').hex()).toBe(h);
  });

  it('tells apart many near-identical inputs (typing, one-character edits, split points)', () => {
    const seen = new Map<string, string>();
    const add = (label: string, h: string) => {
      expect(seen.get(h), `${label} collides with ${seen.get(h)}`).toBeUndefined();
      seen.set(h, label);
    };
    const base = 'benchhosta.benchhostb.benchhostc.example.org';
    for (let i = 0; i <= base.length; i++) add(`prefix ${i}`, new Hash128().str(base.slice(0, i)).hex());
    for (let i = 0; i < base.length; i++) {
      for (const c of 'aZ.-0') if (c !== base[i]) add(`edit ${i} ${c}`, new Hash128().str(base.slice(0, i) + c + base.slice(i + 1) + '!').hex());
    }
    // the same characters split into two pieces differently
    for (let i = 0; i <= 12; i++) add(`split ${i}`, new Hash128().str(base.slice(0, i)).str(base.slice(i, 12)).unit(7).hex());
    for (let n = 0; n < 20000; n++) add(`number ${n}`, new Hash128().str(String(n)).unit(1).hex());
  });
});

describe('valuesDigest', () => {
  it('depends on content only: key order and object identity do not matter', () => {
    for (const values of corpus) {
      const copy = structuredClone(values);
      expect(valuesDigest(copy)).toBe(valuesDigest(values));
      const top = Object.fromEntries(Object.keys(values).reverse().map((k) => [k, values[k]]));
      expect(valuesDigest(top)).toBe(valuesDigest(values));
    }
  });

  it('changes with every edit, cached (read-only trees) or not', () => {
    const values = structuredClone(corpus[0]!);
    registerImmutable(values);
    const seen = new Set([valuesDigest(values)]);
    let v: JsonObject = values;
    const edits: [string[], unknown][] = [
      [['ingress', 'enabled'], true],
      [['ingress', 'hosts'], ['a.example.org']],
      [['ingress', 'hosts'], ['a.example.or']],
      [['ingress', 'hosts'], ['a.example.org', '']],
      [['ingress', 'hosts'], [null]],
      [['ingress', 'hosts'], ['null']],
      [['hub', 'extraConfig', 'x'], 'x'.repeat(300)],
      [['hub', 'extraConfig', 'x'], `${'x'.repeat(299)}y`],
      [['hub', 'extraConfig', 'x'], 1],
      [['hub', 'extraConfig', 'x'], '1'],
      [['hub', 'extraConfig', 'x'], true],
      [['hub', 'extraConfig', 'x'], 'true'],
      [['hub', 'extraConfig', 'x'], {}],
      [['hub', 'extraConfig', 'x'], []],
      [['hub', 'extraConfig', 'x'], [[]]],
      [['hub', 'extraConfig', 'x'], [{}]],
    ];
    for (const [at, value] of edits) {
      v = setIn(v, at, value as never) as JsonObject;
      registerImmutable(v);
      const d = valuesDigest(v);
      expect(seen.has(d), `${at.join('.')} = ${JSON.stringify(value)}`).toBe(false);
      seen.add(d);
      expect(withoutCaches(() => valuesDigest(structuredClone(v)))).toBe(d);
    }
  });
});
