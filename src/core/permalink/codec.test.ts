import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { restoreValues } from '../restore/restore-values.ts';
import { deepEqual, type JsonObject } from '../model/json.ts';
import { initialState, type WizardState } from '../model/state.ts';
import { toBase64url } from './base64url.ts';
import { crc32 } from './crc32.ts';
import { DICTIONARY_V1_TEXT } from './dictionary-v1.ts';
import {
  decodePermalink,
  encodePermalink,
  fragmentFromUrl,
  MAX_INFLATED_BYTES,
  permalinkUrl,
  PERMALINK_FORMAT_VERSION,
  type DecodeErrorCode,
} from './index.ts';

const values: JsonObject = {
  proxy: { service: { type: 'ClusterIP' } },
  hub: { config: { JupyterHub: { authenticator_class: 'github' } } },
  singleuser: { memory: { limit: '2G' } },
};
const good = encodePermalink({ ...initialState(), values }).fragment;

/** A v1 link around any payload text, as an attacker or a buggy build could make one. */
function handMade(payload: string | Uint8Array): string {
  const bytes = typeof payload === 'string' ? new TextEncoder().encode(payload) : payload;
  const packed = deflateSync(bytes, { level: 9, dictionary: new TextEncoder().encode(DICTIONARY_V1_TEXT) });
  const data = new Uint8Array(packed.length + 4);
  data.set(packed);
  new DataView(data.buffer).setUint32(packed.length, crc32(bytes));
  return `z1.${toBase64url(data)}`;
}

function expectError(fragment: string, code?: DecodeErrorCode): string {
  const result = decodePermalink(fragment);
  if (result.ok) throw new Error(`expected ${fragment.slice(0, 40)} to fail`);
  if (code) expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(20);
  return result.error.message;
}

describe('encodePermalink', () => {
  it('makes a URL-safe fragment tagged with the format version', () => {
    expect(good).toMatch(new RegExp(`^z${PERMALINK_FORMAT_VERSION}\\.[A-Za-z0-9_-]+$`));
  });

  it('gives the same link whatever order the values were edited in', () => {
    const reordered: JsonObject = {
      singleuser: { memory: { limit: '2G' } },
      hub: { config: { JupyterHub: { authenticator_class: 'github' } } },
      proxy: { service: { type: 'ClusterIP' } },
    };
    expect(encodePermalink({ ...initialState(), values: reordered }).fragment).toBe(good);
  });

  it('leaves release, namespace and cert-manager out when they are the defaults', () => {
    const plain = encodePermalink({ ...initialState(), values: {} }).fragment;
    const moved = encodePermalink({ ...initialState(), values: {}, release: 'other' }).fragment;
    expect(moved.length).toBeGreaterThan(plain.length);
  });

  it('never carries the imported file', () => {
    const state: WizardState = { ...initialState(), values, imported: { text: '# my file\n', wrapperPath: [] } };
    const opened = decodePermalink(encodePermalink(state).fragment);
    expect(opened.ok && opened.state.imported).toBeUndefined();
  });
});

describe('decodePermalink', () => {
  it('opens a fragment with or without #, and a whole URL', () => {
    for (const input of [good, `#${good}`, `https://wizard.example.org/z2jh/?x=1#${good}`, `  ${good}\n`]) {
      const result = decodePermalink(input);
      expect(result.ok && deepEqual(result.state.values, values)).toBe(true);
    }
  });

  it('refuses an empty link', () => {
    expectError('', 'empty');
    expectError('#', 'empty');
    expectError('https://wizard.example.org/#', 'empty');
  });

  it('refuses garbage', () => {
    expectError('hello world', 'not-a-link');
    expectError('#/settings', 'not-a-link');
    expectError('z1.!!!not base64!!!', 'bad-encoding');
    expectError('z1.', 'damaged');
    expectError('z1.AAAAAAAAAAAAAAAA');
  });

  it('refuses a link cut short by a few characters', () => {
    for (let cut = 1; cut <= 12; cut++) expectError(good.slice(0, -cut));
    expectError(good.slice(0, 10));
  });

  it('refuses a link with any single bit flipped', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 3; i < good.length; i++) {
      for (const bit of [1, 2, 4, 8, 16, 32]) {
        const flipped = alphabet[alphabet.indexOf(good[i]!) ^ bit]!;
        const damaged = good.slice(0, i) + flipped + good.slice(i + 1);
        const result = decodePermalink(damaged);
        // a flip in the last character's unused padding bits changes nothing
        if (result.ok) expect(deepEqual(result.state.values, values)).toBe(true);
        else expect(result.error.message).toMatch(/damaged/);
      }
    }
  });

  it('explains a link from a newer wizard', () => {
    const message = expectError(`z${PERMALINK_FORMAT_VERSION + 1}.${good.slice(3)}`, 'newer-version');
    expect(message).toBe(
      `This link was made by a newer z2jh-wizard (format v${PERMALINK_FORMAT_VERSION + 1}); this version reads up to v${PERMALINK_FORMAT_VERSION}. Open it in the newer z2jh-wizard.`,
    );
    expectError('z0.AAAA', 'unknown-version');
  });

  it('refuses a decompression bomb', () => {
    const bomb = handMade(`{"c":"4.4.0","v":{"a":"${'x'.repeat(MAX_INFLATED_BYTES + 10)}"}}`);
    expect(bomb.length).toBeLessThan(10_000);
    expectError(bomb, 'too-large');
  });

  it('refuses content that is not a setup', () => {
    expectError(handMade('not json'), 'bad-content');
    expectError(handMade('[1,2]'), 'bad-content');
    expectError(handMade('{"c":"4.4.0"}'), 'bad-content');
    expectError(handMade('{"c":"4.4.0","v":[]}'), 'bad-content');
    expectError(handMade('{"c":4,"v":{}}'), 'bad-content');
    expectError(handMade('{"c":"4.4.0","r":7,"v":{}}'), 'bad-content');
    expectError(handMade('{"c":"4.4.0","m":{"acmeServer":"moon"},"v":{}}'), 'bad-content');
    expectError(handMade('{"c":"4.4.0","m":{"toString":"x"},"v":{}}'), 'bad-content');
    expectError(handMade('{"c":"4.4.0","s":[1],"v":{}}'), 'bad-content');
    expectError(handMade(new Uint8Array([0xff, 0xfe, 0x7b])), 'damaged');
  });

  it('warns about a link made for another chart version', () => {
    const result = decodePermalink(handMade('{"c":"3.3.8","v":{"debug":{"enabled":true}}}'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.state.values).toEqual({ debug: { enabled: true } });
      expect(result.warnings[0]).toMatch(/chart version 3\.3\.8/);
    }
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = decodePermalink(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 400 }), (data) => {
        decodePermalink(`z1.${data}`);
      }),
    );
  });
});

describe('round trip of random setups', () => {
  it('opens every link to the same state, for any restored values (property)', () => {
    const text = fc.string({ maxLength: 20 });
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.record({ release: text, namespace: text, kubeVersion: fc.constantFrom('1.28', '1.30.4', 'v1.31.0'), issuerName: text, email: text, solverIngressClass: text }),
        fc.constantFrom('production' as const, 'staging' as const),
        (randomValues, names, acmeServer) => {
          // what the wizard holds is always restored (an import, a link, saved work): values as
          // the restore leaves them open to exactly themselves
          const restored = restoreValues(randomValues);
          if (!restored.ok) return;
          const state: WizardState = {
            release: names.release,
            namespace: names.namespace,
            kubeVersion: names.kubeVersion,
            values: restored.values,
            certManager: { issuerName: names.issuerName, email: names.email, solverIngressClass: names.solverIngressClass, acmeServer },
          };
          const { fragment } = encodePermalink(state, { includeSecrets: true });
          const result = decodePermalink(fragment);
          if (!result.ok) throw new Error(result.error.message);
          expect(deepEqual(result.state.values, state.values)).toBe(true);
          expect(result.state.release).toBe(state.release);
          expect(result.state.namespace).toBe(state.namespace);
          expect(result.state.certManager).toEqual(state.certManager);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('permalinkUrl / fragmentFromUrl', () => {
  it('puts the setup after # and takes it back', () => {
    const url = permalinkUrl('http://127.0.0.1:4173/', good);
    expect(url).toBe(`http://127.0.0.1:4173/#${good}`);
    expect(url).not.toContain('?');
    expect(fragmentFromUrl(url)).toBe(good);
    expect(permalinkUrl('https://x.org/app/#z1.old', `#${good}`)).toBe(`https://x.org/app/#${good}`);
    expect(fragmentFromUrl(good)).toBe(good);
    expect(fragmentFromUrl('https://x.org/app/')).toBe('');
  });
});
