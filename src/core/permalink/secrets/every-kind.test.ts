import { inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json.ts';
import { initialState } from '../../model/state.ts';
import { validateSchema } from '../../validate/schema.ts';
import { fromBase64url } from '../base64url.ts';
import { DICTIONARY_V1_TEXT } from '../dictionary-v1.ts';
import { decodePermalink, encodePermalink, findSecrets, withoutSecrets } from '../index.ts';
import { everyKind } from './every-kind.fixture.ts';

/** The JSON a fragment inflates to, as the link carries it (before any restore). */
function inflated(fragment: string): string {
  const bytes = fromBase64url(fragment.replace(/^z1\./, ''))!;
  const packed = bytes.subarray(0, bytes.length - 4);
  return new TextDecoder().decode(inflateSync(packed, { dictionary: new TextEncoder().encode(DICTIONARY_V1_TEXT) }));
}

describe('a link made without secrets, from a config holding every kind', () => {
  const { values, secrets, nearMisses } = everyKind();
  const state = { ...initialState(), values };
  const { fragment, omitted } = encodePermalink(state);
  const raw = inflated(fragment);
  const opened = decodePermalink(fragment);
  if (!opened.ok) throw new Error(opened.error.message);
  const decoded = JSON.stringify(opened.state.values);

  it('holds at least 50 labelled secrets of at least 40 kinds', () => {
    expect(secrets.length).toBeGreaterThanOrEqual(50);
    expect(new Set(secrets.map((x) => x.kind)).size).toBeGreaterThanOrEqual(40);
    // each secret is really in the config, so the test can fail
    const all = JSON.stringify(values);
    for (const x of secrets) expect(all, x.kind).toContain(x.secret);
  });

  it('contains none of them, in the raw inflated JSON or the opened values', () => {
    const leaked = secrets.filter((x) => raw.includes(x.secret) || decoded.includes(x.secret));
    expect(leaked.map((x) => `${x.kind} (${x.where})`)).toEqual([]);
  });

  it('keeps every near miss', () => {
    const lost = nearMisses.filter((text) => !raw.includes(text));
    expect(lost).toEqual([]);
  });

  it('names each secret in omitted, where the admin finds it, and nothing else', () => {
    const named = new Set(omitted.map((f) => f.where));
    expect(secrets.filter((x) => !named.has(x.where)).map((x) => `${x.kind}: ${x.where}`)).toEqual([]);
    const expected = new Set(secrets.map((x) => x.where));
    expect(omitted.filter((f) => !expected.has(f.where)).map((f) => `${f.where}: ${f.reason}`)).toEqual([]);
    for (const f of omitted) expect(f.reason.length, f.where).toBeGreaterThan(8);
  });

  it('never writes a secret into the names of the places it left out', () => {
    const places = JSON.stringify([omitted.map((f) => [f.where, f.reason]), opened.omittedSecrets, opened.warnings]);
    expect(secrets.filter((x) => places.includes(x.secret)).map((x) => x.kind)).toEqual([]);
  });

  it('leaves the config as valid for the chart as it was', () => {
    const problems = (v: JsonObject) => new Set(validateSchema(v).map((p) => `${p.path.join('.')}: ${p.message}`));
    const before = problems(values);
    const after = [...problems(withoutSecrets(values).values)].filter((p) => !before.has(p));
    expect(after).toEqual([]);
  });

  it('finds nothing more in what it left', () => {
    expect(findSecrets(withoutSecrets(values).values)).toEqual([]);
    expect(findSecrets(opened.state.values)).toEqual([]);
  });

  it('keeps every secret with includeSecrets', () => {
    const kept = encodePermalink(state, { includeSecrets: true });
    expect(kept.omitted).toEqual([]);
    const text = inflated(kept.fragment);
    expect(secrets.filter((x) => !text.includes(x.secret)).map((x) => x.kind)).toEqual([]);
  });
});
