import { Inflate, deflateSync } from 'fflate';
import { CHART_VERSION } from '../model/chart-defaults.ts';
import { DEFAULT_MAX_BYTES } from '../values/read-values-file.ts';
import { isObject, type JsonObject } from '../model/json.ts';
import { defaultCertManager, initialState, kubeVersionOf, type CertManagerSettings, type WizardState } from '../model/state.ts';
import { fromBase64url, toBase64url } from './base64url.ts';
import { crc32 } from './crc32.ts';
import { DICTIONARY_V1_TEXT } from './dictionary-v1.ts';
import { withoutSecrets, type SecretFinding } from './secrets.ts';
import { toCanonicalJson } from './serialize.ts';

/**
 * A permalink is `<base>#z<format>.<data>`; the fragment never reaches a server.
 *
 * Format v1: data = base64url( deflate-raw(payload, dictionary v1) ‖ CRC-32(payload), 4 bytes big-endian )
 * where payload is UTF-8 compact JSON (maps in chart order):
 *   { "c": chart version, "r"?: release, "n"?: namespace, "k"?: target Kubernetes version,
 *     "m"?: {changed certManager fields}, "s"?: [where secrets were left out, and why], "v": values }
 * `r`, `n`, `k`, `m` appear only when they differ from `initialState()` (`k` came within v1: a
 * link without it targets the default version).
 *
 * Every released format stays readable forever: its dictionary is frozen in `dictionary-vN.ts`, a
 * fixture link in `fixtures/vN.json` must keep opening, and `decodePermalink` turns an older
 * format's content into today's state.
 */
export const PERMALINK_FORMAT_VERSION = 1;

/**
 * The largest setup a link may unpack to: the same as the largest file an import takes (a
 * decompression bomb stops here, and a link never holds what the import would refuse).
 */
export const MAX_INFLATED_BYTES = DEFAULT_MAX_BYTES + 100_000; // + the envelope around the values
/** the longest fragment decode looks at */
export const MAX_FRAGMENT_CHARS = 1_000_000;

const utf8 = new TextEncoder();
const DICTIONARY_V1 = utf8.encode(DICTIONARY_V1_TEXT);

export interface EncodeOptions {
  /** keep passwords, tokens and client secrets in the link (default: leave them out) */
  includeSecrets?: boolean;
}

export interface EncodeResult {
  /** the part after `#`, e.g. `z1.q1Yq…` */
  fragment: string;
  /** the secrets left out of the link (empty with includeSecrets) */
  omitted: SecretFinding[];
}

export type DecodeErrorCode =
  | 'empty'
  | 'not-a-link'
  | 'newer-version'
  | 'unknown-version'
  | 'bad-encoding'
  | 'damaged'
  | 'too-large'
  | 'bad-content';

export interface DecodeError {
  code: DecodeErrorCode;
  /** one or two sentences for the admin */
  message: string;
}

/** What a link holds, before its values are restored (restore/restore-link.ts makes the state). */
export interface LinkContent {
  /** the chart version the link was made for */
  chart: string;
  release?: string;
  namespace?: string;
  kubeVersion?: string;
  certManager?: Partial<CertManagerSettings>;
  /** where the link's author left secrets out */
  omittedSecrets: string[];
  /** the Helm values as the link holds them: untrusted until restored */
  values: unknown;
}

export type LinkReadResult = { ok: true; content: LinkContent } | { ok: false; error: DecodeError };

interface EnvelopeV1 {
  c: string;
  r?: string;
  n?: string;
  k?: string;
  m?: Partial<CertManagerSettings>;
  s?: string[];
  v: JsonObject;
}

/** The link fragment for `state` (its imported file text is not part of a link). */
export function encodePermalink(state: WizardState, opts: EncodeOptions = {}): EncodeResult {
  const { values, omitted } = opts.includeSecrets ? { values: state.values, omitted: [] } : withoutSecrets(state.values);
  const defaults = initialState();
  let json = `{"c":${JSON.stringify(CHART_VERSION)}`;
  if (state.release !== defaults.release) json += `,"r":${JSON.stringify(state.release)}`;
  if (state.namespace !== defaults.namespace) json += `,"n":${JSON.stringify(state.namespace)}`;
  if (state.kubeVersion !== undefined && state.kubeVersion !== kubeVersionOf(defaults)) json += `,"k":${JSON.stringify(state.kubeVersion)}`;
  const cm: Partial<CertManagerSettings> = {};
  for (const key of Object.keys(defaultCertManager) as (keyof CertManagerSettings)[]) {
    if (state.certManager[key] !== defaultCertManager[key]) Object.assign(cm, { [key]: state.certManager[key] });
  }
  if (Object.keys(cm).length > 0) json += `,"m":${JSON.stringify(cm)}`;
  if (omitted.length > 0) json += `,"s":${JSON.stringify(omittedPlaces(omitted))}`;
  json += `,"v":${toCanonicalJson(values)}}`;

  const payload = utf8.encode(json);
  const packed = deflateSync(payload, { level: 9, mem: 12, dictionary: DICTIONARY_V1 });
  const data = new Uint8Array(packed.length + 4);
  data.set(packed);
  new DataView(data.buffer).setUint32(packed.length, crc32(payload));
  return { fragment: `z${PERMALINK_FORMAT_VERSION}.${toBase64url(data)}`, omitted };
}

/**
 * What the link's `s` holds: each place a secret was left out, with why (`hub.db.url: the password
 * in the URL`), so whoever opens it knows what to set. Neither part ever holds the secret.
 */
export function omittedPlaces(omitted: readonly SecretFinding[]): string[] {
  return [...new Set(omitted.map((f) => `${f.where}: ${f.reason}`))];
}

/** `base` with `fragment` as its `#…` part (any fragment already on `base` is replaced). */
export function permalinkUrl(base: string, fragment: string): string {
  const hash = base.indexOf('#');
  return `${hash === -1 ? base : base.slice(0, hash)}#${fragment.replace(/^#/, '')}`;
}

/** The part of a link after `#`; a bare fragment (`z1.…`) is returned as it is; otherwise ''. */
export function fragmentFromUrl(url: string): string {
  const text = url.trim();
  const hash = text.indexOf('#');
  if (hash !== -1) return text.slice(hash + 1);
  return /^z\d+\./.test(text) ? text : '';
}

/** The length of the fragment for a setup with these values (for `npm run bench`). */
export function measurePermalink(values: JsonObject): number {
  return encodePermalink({ ...initialState(), values }, { includeSecrets: true }).fragment.length;
}

const DAMAGED =
  'This link is damaged: it was probably cut short or changed when it was copied. Ask for the whole link again.';

class DecodeFailure extends Error {
  constructor(readonly failure: DecodeError) {
    super(failure.message);
  }
}

function fail(code: DecodeErrorCode, message: string): never {
  throw new DecodeFailure({ code, message });
}

/**
 * Reads a link: the fragment (with or without `#`) or a whole URL. Checks the envelope and turns
 * older formats into today's content; the values inside are restored by restore/restore-link.ts
 * (`decodePermalink`), like any other untrusted input. Never throws: every problem comes back as
 * `{ok: false, error}`.
 */
export function readPermalink(fragment: string): LinkReadResult {
  try {
    return decode(fragment);
  } catch (error) {
    if (error instanceof DecodeFailure) return { ok: false, error: error.failure };
    return { ok: false, error: { code: 'damaged', message: DAMAGED } };
  }
}

function decode(input: string): LinkReadResult {
  if (typeof input !== 'string') fail('empty', 'There is no link to open.');
  let text = input.trim();
  if (text.includes('#')) text = text.slice(text.indexOf('#') + 1);
  text = text.trim();
  if (text === '') fail('empty', 'This link holds no setup (there is nothing after the #).');
  if (text.length > MAX_FRAGMENT_CHARS) fail('too-large', 'This link is too long to be a z2jh-wizard link.');
  const tag = /^z(\d{1,6})\.([\s\S]*)$/.exec(text);
  if (!tag) {
    fail('not-a-link', 'This is not a z2jh-wizard link: the part after # should start with "z1." or similar.');
  }
  const version = Number(tag[1]);
  if (version > PERMALINK_FORMAT_VERSION) {
    fail(
      'newer-version',
      `This link was made by a newer z2jh-wizard (format v${version}); this version reads up to v${PERMALINK_FORMAT_VERSION}. Open it in the newer z2jh-wizard.`,
    );
  }
  const reader = READERS[version];
  if (!reader) fail('unknown-version', `This link has an unknown format (v${version}); z2jh-wizard never made such links.`);
  return reader(tag[2]!);
}

/** One reader per released format version, each returning today's state. */
const READERS: Record<number, (data: string) => LinkReadResult> = {
  1: readV1,
};

function readV1(data: string): LinkReadResult {
  const bytes = fromBase64url(data);
  if (!bytes) {
    fail(
      'bad-encoding',
      'This link is damaged: it has characters a z2jh-wizard link never contains, or is cut short. Ask for the whole link again.',
    );
  }
  if (bytes.length < 5) fail('damaged', DAMAGED);
  const packed = bytes.subarray(0, bytes.length - 4);
  const expected = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(bytes.length - 4);
  const payload = inflateCapped(packed, DICTIONARY_V1, MAX_INFLATED_BYTES);
  if (crc32(payload) !== expected) fail('damaged', DAMAGED);
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(payload);
  } catch {
    fail('damaged', DAMAGED);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    fail('bad-content', 'This link opened, but what it holds is not a z2jh-wizard setup (not valid JSON).');
  }
  return { ok: true, content: contentOfV1(checkEnvelopeV1(parsed)) };
}

function notASetup(what: string): never {
  fail('bad-content', `This link opened, but what it holds is not a z2jh-wizard setup: ${what}.`);
}

function checkEnvelopeV1(data: unknown): EnvelopeV1 {
  if (!isObject(data)) notASetup('it is not a mapping');
  if (typeof data.c !== 'string') notASetup('the chart version is missing');
  if (!isObject(data.v)) notASetup('its Helm values are not a mapping');
  const named = { r: 'release', n: 'namespace', k: 'Kubernetes version' } as const;
  for (const key of ['r', 'n', 'k'] as const) {
    if (key in data && typeof data[key] !== 'string') notASetup(`the ${named[key]} is not text`);
  }
  if ('m' in data) {
    const m = data.m;
    if (!isObject(m)) notASetup('the cert-manager settings are not a mapping');
    for (const [key, value] of Object.entries(m)) {
      if (!Object.hasOwn(defaultCertManager, key) || typeof value !== 'string') notASetup(`the cert-manager setting ${key} is not valid`);
    }
    if ('acmeServer' in m && m.acmeServer !== 'production' && m.acmeServer !== 'staging') {
      notASetup('the ACME server is neither production nor staging');
    }
  }
  if ('s' in data && !(Array.isArray(data.s) && data.s.every((s) => typeof s === 'string'))) {
    notASetup('the list of left-out secrets is not a list of places');
  }
  return data as unknown as EnvelopeV1;
}

function contentOfV1(envelope: EnvelopeV1): LinkContent {
  return {
    chart: envelope.c,
    ...(envelope.r !== undefined ? { release: envelope.r } : {}),
    ...(envelope.n !== undefined ? { namespace: envelope.n } : {}),
    ...(envelope.k !== undefined ? { kubeVersion: envelope.k } : {}),
    ...(envelope.m !== undefined ? { certManager: envelope.m } : {}),
    omittedSecrets: envelope.s ?? [],
    values: envelope.v,
  };
}

const TOO_LARGE = new Error('too large');

/** Inflates in small steps and stops as soon as the output passes `max` bytes. */
function inflateCapped(packed: Uint8Array, dictionary: Uint8Array, max: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate({ dictionary }, (chunk) => {
    total += chunk.length;
    if (total > max) throw TOO_LARGE;
    chunks.push(chunk);
  });
  const step = 256;
  try {
    for (let i = 0; i < packed.length; i += step) {
      inflater.push(packed.subarray(i, i + step), i + step >= packed.length);
    }
  } catch (error) {
    if (error === TOO_LARGE) {
      fail('too-large', `This link unpacks to more than ${max / 1_000_000} MB, far more than any real setup (and more than an import takes); it was not opened.`);
    }
    fail('damaged', DAMAGED);
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const chunk of chunks) {
    out.set(chunk, o);
    o += chunk.length;
  }
  return out;
}
