// The split, incremental schema check (schemaViolations) against the whole-document validator it
// replaced: same errors, same order, for real and golden configs and for random edits on top.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { ajvOptions, readSchema } from '../../../scripts/build-schema-validator.mjs';
import { parseValuesYaml } from '../chart/values-yaml.ts';
import { isObject, type Json, type JsonObject, type Path } from '../model/json.ts';
import { deleteIn, getIn, setIn } from '../model/paths.ts';
import type { SchemaValidatorError } from './generated/values-schema-validator.js';
import { mergedOnce, mergeWithDefaults } from './merge.ts';
import { schemaErrors, schemaViolations, toViolations } from './schema.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const corpusDir = path.resolve(repo, '../shared/corpus/real-configs');
const goldenDir = path.join(repo, 'test/golden/configs');

/** The reference: the whole schema in one validator, compiled with the generated code's options. */
const validateWhole = new Ajv(ajvOptions).compile(readSchema());

function wholeErrors(merged: JsonObject): SchemaValidatorError[] {
  return validateWhole(merged) ? [] : ((validateWhole.errors ?? []) as SchemaValidatorError[]);
}

interface Config {
  name: string;
  values: JsonObject;
}

/** Every mapping among the YAML files of `dir`; for a wrapped corpus file also the chart's part. */
function configsIn(dir: string, wrappers: Record<string, string> = {}): Config[] {
  const out: Config[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const data = parseValuesYaml(readFileSync(path.join(dir, file), 'utf8'));
    if (!isObject(data as Json)) continue;
    out.push({ name: file, values: data as JsonObject });
    const wrapper = wrappers[file];
    if (wrapper && wrapper !== 'top-level') {
      const inner = getIn(data as Json, wrapper.split('.'));
      if (isObject(inner)) out.push({ name: `${file} (${wrapper})`, values: inner });
    }
  }
  return out;
}

/** SOURCES.tsv: where each corpus file keeps the chart's values (`top-level`, `jupyterhub`, …). */
function corpusWrappers(): Record<string, string> {
  const [header, ...rows] = readFileSync(path.join(corpusDir, 'SOURCES.tsv'), 'utf8').trim().split('\n');
  const column = header!.split('\t').indexOf('z2jh_values_location');
  return Object.fromEntries(rows.map((row) => row.split('\t')).map((cols) => [cols[0]!, cols[column]!]));
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values that break many schema types, plus shapes for the oneOf/required/unknown-key keywords. */
const ODD_VALUES: Json[] = [null, 'text', '', 'true', 42, 3.5, -1, 0, true, false, [], ['x', 1], {}, { unknownKey: 1 }, { data: {}, stringData: 'y' }, { mountPath: '/x' }, { enabled: 'yes' }, { create: true }];

/** A path into `merged` (so into the chart's defaults too), sometimes to a key no one knows. */
function randomPath(merged: JsonObject, next: () => number): Path {
  const path: (string | number)[] = [];
  let node: Json | undefined = merged;
  for (;;) {
    if (path.length > 0 && next() < 0.25) return path;
    if (isObject(node)) {
      const keys: string[] = Object.keys(node);
      if (keys.length === 0 || next() < 0.08) return [...path, `unknownKey${Math.floor(next() * 3)}`];
      const key: string = keys[Math.floor(next() * keys.length)]!;
      path.push(key);
      node = node[key];
    } else if (Array.isArray(node) && node.length > 0) {
      // no index past the end: setIn would leave holes, which no YAML file has
      const index = Math.floor(next() * node.length);
      path.push(index);
      node = node[index];
    } else {
      return path;
    }
  }
}

/** One edit as the wizard makes them: set a value (often a wrong one), type a character, delete. */
function randomEdit(values: JsonObject, next: () => number): JsonObject {
  const merged = mergeWithDefaults(values);
  const path = randomPath(merged, next);
  const current = getIn(merged, path);
  const roll = next();
  if (roll < 0.3 && typeof current === 'string') return setIn(values, path, current + 'abc'[Math.floor(next() * 3)]);
  if (roll < 0.4 && getIn(values, path) !== undefined) return deleteIn(values, path);
  if (roll < 0.5 && current !== undefined) return setIn(values, path, current); // valid again
  return setIn(values, path, ODD_VALUES[Math.floor(next() * ODD_VALUES.length)]!);
}

const seen = { checks: 0, errors: 0, keys: new Set<string>(), keywords: new Set<string>(), reusedSubtrees: 0 };

/** schemaViolations (incremental, warm caches) gives what the whole validator gives. */
function expectSameAsWhole(values: JsonObject, where: string): void {
  const fresh = mergeWithDefaults(values);
  const expected = wholeErrors(fresh);
  const merged = mergedOnce(values);
  // the incremental merge is the merge, key order included
  expect(JSON.stringify(merged), `${where}: merge`).toBe(JSON.stringify(fresh));
  expect(schemaErrors(merged), `${where}: errors`).toStrictEqual(expected);
  expect(schemaViolations(values), `${where}: violations`).toStrictEqual(toViolations(expected, fresh));
  seen.checks++;
  seen.errors += expected.length;
  for (const e of expected) {
    seen.keys.add(e.instancePath.split('/')[1] ?? '');
    seen.keywords.add(e.keyword);
  }
}

/** The base config, then `steps` random edits, each checked against the whole validator. */
function checkEditSequence(config: Config, seed: number, steps: number): void {
  const next = random(seed);
  let values = config.values;
  expectSameAsWhole(values, `${config.name}`);
  for (let step = 1; step <= steps; step++) {
    const before = values;
    const mergedBefore = mergedOnce(before);
    values = randomEdit(values, next);
    expectSameAsWhole(values, `${config.name}, seed ${seed}, edit ${step}`);
    expectUnchangedKeysKept(before, mergedBefore, values, `${config.name}, seed ${seed}, edit ${step}`);
  }
}

/** mergedOnce keeps the merged subtree of every top-level key the edit did not touch. */
function expectUnchangedKeysKept(before: JsonObject, mergedBefore: JsonObject, after: JsonObject, where: string): void {
  const mergedAfter = mergedOnce(after);
  for (const key of Object.keys(mergedAfter)) {
    if (before[key] !== after[key] || !isObject(mergedAfter[key])) continue;
    expect(mergedAfter[key] === mergedBefore[key], `${where}: merged ${key} kept its identity`).toBe(true);
    seen.reusedSubtrees++;
  }
}

const corpus = configsIn(corpusDir, corpusWrappers());
const golden = configsIn(goldenDir);

describe('the split schema validator gives the whole validator’s errors', () => {
  it('finds the configs', () => {
    expect(corpus.length).toBeGreaterThan(20);
    expect(golden.length).toBeGreaterThan(30);
  });

  it('for every corpus and golden config as it is', () => {
    for (const config of [...corpus, ...golden]) expectSameAsWhole(config.values, config.name);
  });

  it('for random edits on the corpus configs', () => {
    corpus.forEach((config, i) => checkEditSequence(config, 1000 + i, 60));
  });

  it('for random edits on the golden configs', () => {
    golden.forEach((config, i) => checkEditSequence(config, 2000 + i, 30));
  });

  it('for edits at the root: a required key nulled, a wrong type, unknown keys', () => {
    let values: JsonObject = {};
    const edits: [Path, Json][] = [
      [['hub'], null],
      [['proxy'], 'text'],
      [['auth'], { type: 'github' }],
      [['imagePullSecrets'], {}],
      [['nameOverride'], 3],
      [['hub'], { baseUrl: null }],
      [['proxy'], {}],
      [['version'], '0.7'],
      [['hub'], { baseUrl: '/' }],
      [['singleuser', 'extraFiles', 'f'], { mountPath: '/a', data: {}, stringData: 'x' }],
      [['imagePullSecret'], { create: true }],
    ];
    edits.forEach(([path, value], i) => {
      values = setIn(values, path, value);
      expectSameAsWhole(values, `root edit ${i + 1}`);
    });
    values = deleteIn(values, ['auth']);
    expectSameAsWhole(values, 'root edit: auth removed');
  });

  // the comparisons above mean something only if they met many errors, all over the schema
  afterAll(() => {
    expect(seen.checks).toBeGreaterThan(2000);
    expect(seen.errors).toBeGreaterThan(2000);
    expect(seen.keys.size).toBeGreaterThan(12);
    for (const keyword of ['required', 'additionalProperties', 'type', 'enum', 'oneOf', 'if']) expect(seen.keywords).toContain(keyword);
    expect(seen.reusedSubtrees).toBeGreaterThan(1000);
  });
});
