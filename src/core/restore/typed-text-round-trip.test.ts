import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeConfig } from '../config/write-config-for-state.ts';
import { isObject, type Json, type JsonObject } from '../model/json.ts';
import { getIn, setIn } from '../model/paths.ts';
import { initialState, type WizardState } from '../model/state.ts';
import { readValuesFile } from '../values/read-values-file.ts';
import { applyImport } from './apply-import.ts';
import { applyTypedText } from './apply-typed-text.ts';
import { restoreText } from './restore-text.ts';
import { schemaAt } from '../yaml-assist/schema-tree.ts';

// Every real config of the corpus and every golden config, through the config.yaml editor's two
// ways: a text typed in (as the editor hands it over) and a form edit after it.
const root = resolve(import.meta.dirname, '../../..');
const dirs = [resolve(root, '../shared/corpus/real-configs'), resolve(root, 'test/golden/configs')];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.yaml')).map((f) => [f, join(d, f)] as const));

/** What the editor does with a text typed over `state`. */
function typed(state: WizardState, text: string): WizardState {
  const result = restoreText(text, { maxBytes: Infinity, ...(state.imported ? { keepWrapper: state.imported.wrapperPath } : {}) });
  return applyTypedText(text, result)(state);
}

function load(text: string): WizardState {
  const result = restoreText(text, { maxBytes: Infinity });
  if (!result.ok) throw new Error(result.error.message);
  return applyImport(result)(initialState());
}

/** A line `key: value` the test can edit: a plain scalar value on the key's own line, no comment after it. */
const EDITABLE = /^(\s*(?:- +)*)([A-Za-z0-9_][A-Za-z0-9_./-]*):( +)([^\s#|>&*!{["'][^#]*?)\s*$/;

interface Leaf {
  path: string[];
  value: string | number | boolean;
  /** 0-based */
  line: number;
}

/** Scalar leaves reached through mapping keys alone, each written on one line of its own that EDITABLE matches. */
function editableLeaves(text: string): Leaf[] {
  const read = readValuesFile(text, { maxBytes: Infinity });
  if (!read.ok) return [];
  const lines = text.split('\n');
  const out: Leaf[] = [];
  const walk = (node: Json, path: string[]) => {
    if (isObject(node)) {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
      return;
    }
    if (typeof node !== 'string' && typeof node !== 'number' && typeof node !== 'boolean') return;
    const at = read.file.locate(path);
    if (!at?.exact || at.range.line !== at.range.endLine) return;
    const m = EDITABLE.exec(lines[at.range.line - 1]!);
    if (!m || m[2] !== path[path.length - 1]) return;
    // a value another one of which would be refused (a choice of the schema's) is left alone: the
    // edit is to keep the file one chart 4.4.0 takes
    if (schemaAt(path)?.enum) return;
    out.push({ path, value: node, line: at.range.line - 1 });
  };
  walk(read.file.values, []);
  return out;
}

function changed(value: Leaf['value']): Leaf['value'] {
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + 1;
  return `${value}-edited`;
}

function differingLines(a: string, b: string): number[] {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y.length).toBe(x.length);
  return x.flatMap((line, i) => (line === y[i] ? [] : [i]));
}

describe.each(files)('%s through the config.yaml editor', (_name, file) => {
  const text = readFileSync(file, 'utf8');

  it('loaded and not edited, gives back its text (or, for an older chart, only the upgrade written in)', () => {
    const result = restoreText(text, { maxBytes: Infinity });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const state = load(text);
    const out = writeConfig(state);
    if (result.changes.length === 0) {
      expect(out).toBe(text);
      // the same text typed into the editor over its own load changes nothing at all (no undo step)
      expect(typed(state, out)).toBe(state);
    } else {
      // the upgrade is written in once; the upgraded text then reads as itself, typed or loaded
      expect(writeConfig(load(out))).toBe(out);
      const again = typed(state, out);
      expect(again.values).toEqual(state.values);
      expect(writeConfig(again)).toBe(out);
    }
  });

  it('one key edited in the text, then one in a form, changes exactly those lines', () => {
    const start = load(text);
    const base = writeConfig(start);
    const leaves = editableLeaves(base);
    let edited: string;
    let afterText: WizardState;
    let second: Leaf;
    if (leaves.length >= 2) {
      // the text edit: the first leaf's value retyped
      const first = leaves[0]!;
      second = leaves.find((l) => l.line !== first.line)!;
      const lines = base.split('\n');
      const m = EDITABLE.exec(lines[first.line]!)!;
      const newValue = changed(first.value);
      lines[first.line] = `${m[1]}${m[2]}:${m[3]}${String(newValue)}`;
      edited = lines.join('\n');
      expect(differingLines(base, edited)).toEqual([first.line]);
      afterText = typed(start, edited);
      expect(getIn(afterText.values, first.path)).toBe(newValue);
    } else {
      // a file with less than two keys on lines of their own: the text edit types a key the forms lack
      expect(start.imported?.wrapperPath).toEqual([]);
      expect(getIn(start.values, ['debug'])).toBeUndefined();
      const kept = base.trim() === '{}' ? '' : base.endsWith('\n') ? base : `${base}\n`;
      edited = `${kept}debug:\n  enabled: true\n`;
      afterText = typed(start, edited);
      expect(getIn(afterText.values, ['debug', 'enabled'])).toBe(true);
      second = leaves[0] ?? { path: ['debug', 'enabled'], value: true, line: edited.split('\n').length - 2 };
    }
    expect(afterText.configDraft).toBeUndefined();
    expect(writeConfig(afterText)).toBe(edited);
    // the form edit: the second leaf set as a field sets it
    const formValue = changed(second.value);
    const afterForm: WizardState = { ...afterText, values: setIn(afterText.values as JsonObject, second.path, formValue) };
    const out = writeConfig(afterForm);
    expect(differingLines(edited, out)).toEqual([second.line]);
    expect(getIn(load(out).values, second.path)).toBe(formValue);
  });
});
