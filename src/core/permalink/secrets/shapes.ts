import { fromBase64url } from '../base64url.ts';

/**
 * Credentials known by their shape, wherever they stand: a provider's token format, a private key
 * block, a JWT. Each pattern matches the secret itself, so a text around it can stay.
 */
const KNOWN_TOKENS: readonly [RegExp, string][] = [
  [/\bgh[pousr]_[A-Za-z0-9]{30,}/g, 'a GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{30,}/g, 'a GitHub token'],
  [/\bgl(?:pat|dt|ptt|rt)-[A-Za-z0-9_-]{20,}/g, 'a GitLab token'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/g, 'a Slack token'],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, 'an AWS access key'],
  [/\bAIza[0-9A-Za-z_-]{35}/g, 'a Google API key'],
  [/\bGOCSPX-[A-Za-z0-9_-]{20,}/g, 'a Google OAuth client secret'],
  [/\bya29\.[A-Za-z0-9_-]{20,}/g, 'a Google OAuth access token'],
  [/\bsk-[A-Za-z0-9_-]{20,}/g, 'an API secret key'],
  [/\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}/g, 'a Stripe key'],
  [/\bhf_[A-Za-z0-9]{30,}/g, 'a Hugging Face token'],
  [/\bnpm_[A-Za-z0-9]{36}\b/g, 'an npm token'],
  [/\bpypi-[A-Za-z0-9_-]{50,}/g, 'a PyPI token'],
  [/\bdop_v1_[a-f0-9]{64}\b/g, 'a DigitalOcean token'],
  [/\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g, 'a SendGrid key'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, 'a signed token (JWT)'],
  [/\bAccountKey=[A-Za-z0-9+/]{40,}={0,2}/g, 'an Azure storage account key'],
  // htpasswd and crypt(3) hashes (Traefik basicAuth users, nginx auth files): crackable offline
  [/\$(?:apr1|2[abxy]|[156])\$[./A-Za-z0-9]{2,22}\$?[./A-Za-z0-9]{8,}/g, 'a password hash'],
  [/\{SHA\}[A-Za-z0-9+/]{27}=/g, 'a password hash'],
];

/** Webhook URLs whose path is the credential: the part in group 1 is the secret. */
const WEBHOOKS: readonly [RegExp, string][] = [
  [/https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/([A-Za-z0-9/_-]{10,})/g, 'a Slack webhook URL'],
  [/https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/([A-Za-z0-9_-]{10,})/g, 'a Discord webhook URL'],
  [/https:\/\/[\w.-]+\.webhook\.office\.com\/webhookb2\/([^\s"'<>]{10,})/g, 'a Microsoft Teams webhook URL'],
  [/https:\/\/chat\.googleapis\.com\/v1\/spaces\/[\w-]+\/messages\?([^\s"'<>]{10,})/g, 'a Google Chat webhook URL'],
];

export interface Span {
  start: number;
  end: number;
  reason: string;
}

const KEY_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ ){0,4})PRIVATE KEY( BLOCK)?-----/g;

/** Private key blocks, to their END line (or the end of the text, when it was cut): one pass. */
function privateKeySpans(text: string, found: Span[]): void {
  let from = 0;
  for (const m of text.matchAll(KEY_BEGIN)) {
    if (m.index < from) continue; // inside the block before
    const end = `-----END ${m[1]}PRIVATE KEY${m[2] ?? ''}-----`;
    const at = text.indexOf(end, m.index + m[0].length);
    from = at === -1 ? text.length : at + end.length;
    found.push({ start: m.index, end: from, reason: 'a private key' });
    if (at === -1) return;
  }
}

/** what each of KNOWN_TOKENS starts with: one pass tells most texts hold none of them */
const KNOWN_HINT = /gh[pousr]_|github_pat_|gl(?:pat|dt|ptt|rt)-|xox[abposr]-|A[KS]IA|AIza|GOCSPX-|ya29\.|sk-|k_(?:live|test)_|hf_|npm_|pypi-|dop_v1_|SG\.|eyJ|AccountKey=|\$(?:apr1|2[abxy]|[156])\$|\{SHA\}/;

/** Every well-known credential in `text`, and the webhook URLs' secret parts. */
export function knownTokenSpans(text: string): Span[] {
  const found: Span[] = [];
  if (text.includes('PRIVATE KEY')) privateKeySpans(text, found);
  if (KNOWN_HINT.test(text)) addKnownTokens(text, found);
  if (text.includes('https://')) addWebhooks(text, found);
  return found;
}

function addKnownTokens(text: string, found: Span[]): void {
  for (const [pattern, reason] of KNOWN_TOKENS) {
    for (const m of text.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length, reason });
  }
}

function addWebhooks(text: string, found: Span[]): void {
  for (const [pattern, reason] of WEBHOOKS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index + m[0].length - m[1]!.length;
      found.push({ start, end: m.index + m[0].length, reason: `the secret part of ${reason}` });
    }
  }
}

function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length);
  return bits;
}

/** A long random-looking string: a generated token or key rather than a word, path or address. */
export function looksRandom(text: string): boolean {
  if (text.length < 20 || !/^[A-Za-z0-9+/=_.~-]+$/.test(text)) return false;
  if (!/\d/.test(text) || !/[A-Za-z]/.test(text)) return false;
  if (text.startsWith('/') || /^[\w-]+(\.[\w-]+)+\//.test(text)) return false;
  // a dotted name (`jupyter_server.serverapp.ServerApp`, a hostname) or a version is no token
  if (/^[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)+$/.test(text)) return false;
  // generated text changes between lower case, upper case and digits all the time; names made of
  // words and numbers (`course-staff-1535590`, `ghsa-w3vc-fx9p-wp4v-check`) seldom do
  return entropy(text) >= 3.5 && classChanges(text) >= text.length / 5;
}

function charClass(code: number): number {
  if (code >= 48 && code <= 57) return 1;
  if (code >= 65 && code <= 90) return 2;
  if (code >= 97 && code <= 122) return 3;
  return 0;
}

/** How often two neighbouring letters or digits differ in class (lower, upper, digit). */
function classChanges(text: string): number {
  let changes = 0;
  for (let i = 1; i < text.length; i++) {
    const a = charClass(text.charCodeAt(i - 1));
    const b = charClass(text.charCodeAt(i));
    if (a !== 0 && b !== 0 && a !== b) changes++;
  }
  return changes;
}

/** The text that standard base64 (with or without padding) holds, or null if it is not base64 of UTF-8 text. */
export function base64Text(data: string): string | null {
  const compact = data.replace(/\s+/g, '');
  if (compact.length < 8 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return null;
  const bytes = fromBase64url(compact.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
  if (!bytes) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 of UTF-8 `text`: what the placeholder becomes where the chart wants base64. */
export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? B64[n & 63]! : '=');
  }
  return out;
}
