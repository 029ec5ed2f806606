import { formatPath, isObject, type Json, type JsonObject, type Path } from '../model/json.ts';

/** A value a link must not carry unless the admin says so. */
export interface SecretFinding {
  /** where it is in the values; for extraConfig, the snippet */
  path: Path;
  /** `hub.config.GitHubOAuthenticator.client_secret`, or `hub.extraConfig.auth (line 3)` */
  where: string;
  /** why it counts as a secret, for the admin */
  reason: string;
  /** extraConfig only: the line of the snippet that holds the literal */
  line?: number;
}

/** What a secret literal inside extraConfig Python becomes in a link. */
export const SECRET_PLACEHOLDER = '<secret removed from link>';

const SECRET_NAME =
  /client_?secret|password|passwd|token|secret_?key|cookie_?secret|api_?key|private_?key|access_?key|crypt_?key|(^|_)secret$/i;
/** names that contain a secret word but hold something else (`token_url`, `tokenExpiry`, …) */
const NOT_SECRET_NAME =
  /url|uri|endpoint|path|file|expir|lifetime|ttl|length|header|claim|name$|type$|ref$|method|enabled|scope|params|kind|automount/i;

/** Whether a key, env var or Python name by its name holds a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);
}

const KNOWN_TOKENS: readonly [RegExp, string][] = [
  [/\bgh[pousr]_[A-Za-z0-9]{30,}/, 'looks like a GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{30,}/, 'looks like a GitHub token'],
  [/\bglpat-[A-Za-z0-9_-]{20,}/, 'looks like a GitLab token'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/, 'looks like a Slack token'],
  [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, 'looks like an AWS access key'],
  [/\bAIza[0-9A-Za-z_-]{35}/, 'looks like a Google API key'],
  [/\bsk-[A-Za-z0-9_-]{20,}/, 'looks like an API secret key'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'is a private key'],
];

/** Why `text` is a well-known kind of credential, or null. */
function knownToken(text: string): string | null {
  for (const [pattern, why] of KNOWN_TOKENS) if (pattern.test(text)) return why;
  return null;
}

function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length);
  return bits;
}

/** A long random-looking string: a generated token or key rather than a word, path or address. */
function looksRandom(text: string): boolean {
  if (text.length < 20 || !/^[A-Za-z0-9+/=_.~-]+$/.test(text)) return false;
  if (!/\d/.test(text) || !/[A-Za-z]/.test(text)) return false;
  if (text.startsWith('/') || /^[\w-]+(\.[\w-]+)+\//.test(text)) return false;
  return entropy(text) >= 3.5;
}

/** env vars that hold identifiers, not credentials, however random they look */
const PUBLIC_ENV_NAME = /(^|_)(ID|USER|USERNAME|NAME|URL|URI|HOST|PATH|EMAIL|REGION|BUCKET|VERSION|IMAGE|TAG|REF|SHA|COMMIT)$/i;

function envValueReason(name: string, value: string): string | null {
  if (value === '') return null;
  if (isSecretName(name)) return `environment variable ${name} holds a secret`;
  const known = knownToken(value);
  if (known) return `environment variable ${name} ${known}`;
  if (!PUBLIC_ENV_NAME.test(name) && looksRandom(value)) return `environment variable ${name} looks like a token (long random string)`;
  return null;
}

interface PythonSecret {
  /** offsets of the literal's content, inside its quotes */
  start: number;
  end: number;
  line: number;
  reason: string;
}

const PY_TOKENS = /("""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$))|#[^\n]*|([rRbBuUfF]{0,2})("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/g;

/** Literal strings in Python that are assigned to a secret-looking name, or are known tokens. */
function pythonSecrets(code: string): PythonSecret[] {
  const found: PythonSecret[] = [];
  for (const m of code.matchAll(PY_TOKENS)) {
    const literal = m[3];
    if (literal === undefined) continue; // a comment or a triple-quoted string
    const prefix = m[2] ?? '';
    const start = m.index + prefix.length + 1;
    const content = literal.slice(1, -1);
    if (content === '' || content === SECRET_PLACEHOLDER) continue;
    if (/f/i.test(prefix) && content.includes('{')) continue;
    const lineStart = code.lastIndexOf('\n', m.index) + 1;
    const before = code.slice(lineStart, m.index);
    const line = code.slice(0, m.index).split('\n').length;
    let reason = knownToken(content);
    if (!reason) {
      const assigned = /([A-Za-z_]\w*)["']?\s*\]?\s*[:=]\s*$/.exec(before); // not ==, !=, <=: only a name, quote or ] may precede
      const argument = /([A-Za-z_]\w*)["']\s*,\s*$/.exec(before);
      const name = assigned?.[1] ?? argument?.[1];
      if (name && isSecretName(name)) reason = `assigns a literal secret to ${name}`;
    }
    if (reason) found.push({ start, end: start + content.length, line, reason });
  }
  return found;
}

function isExtraConfig(path: Path): boolean {
  return path.length >= 2 && path[0] === 'hub' && path[1] === 'extraConfig' && path.length <= 3;
}

/**
 * Every secret in the admin's values: keys named like secrets (`client_secret`, `password`,
 * `apiToken`, `secretToken`, `cookieSecret` …), CryptKeeper keys, extraEnv values that are named or
 * look like tokens (not `valueFrom` references), well-known token formats anywhere, and string
 * literals in hub.extraConfig Python assigned to a secret name. Empty strings are not secrets.
 */
export function findSecrets(values: JsonObject): SecretFinding[] {
  const found: SecretFinding[] = [];
  const add = (path: Path, reason: string, line?: number) =>
    found.push({ path, where: formatPath(path) + (line ? ` (line ${line})` : ''), reason, ...(line ? { line } : {}) });

  const visit = (node: Json, path: Path): void => {
    if (typeof node === 'string') {
      if (isExtraConfig(path)) {
        for (const hit of pythonSecrets(node)) add(path, `the Python ${hit.reason}`, hit.line);
        return;
      }
      const known = knownToken(node);
      if (known) add(path, known);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    if (!isObject(node)) return;
    const parentKey = path[path.length - 1];
    for (const key of Object.keys(node)) {
      const child = node[key]!;
      const childPath = [...path, key];
      if (key === 'extraEnv' && (isObject(child) || Array.isArray(child))) {
        visitEnv(child, childPath);
        continue;
      }
      if (isExtraConfig(childPath) && typeof child === 'string') {
        visit(child, childPath);
        continue;
      }
      if ((typeof child === 'string' || typeof child === 'number') && child !== '' && isSecretName(key)) {
        add(childPath, `the key name ${key} marks a secret`);
        continue;
      }
      if (parentKey === 'CryptKeeper' && key === 'keys' && child !== null && (child as unknown) !== '') {
        if (!Array.isArray(child) || child.length > 0) {
          add(childPath, 'CryptKeeper keys encrypt auth state');
          continue;
        }
      }
      visit(child, childPath);
    }
  };

  const visitEnv = (env: JsonObject | Json[], path: Path): void => {
    if (Array.isArray(env)) {
      env.forEach((item, i) => {
        if (isObject(item) && typeof item.name === 'string' && typeof item.value === 'string') {
          const reason = envValueReason(item.name, item.value);
          if (reason) add([...path, i, 'value'], reason);
        }
      });
      return;
    }
    for (const name of Object.keys(env)) {
      const value = env[name]!;
      if (typeof value === 'string' || typeof value === 'number') {
        const reason = envValueReason(name, String(value));
        if (reason) add([...path, name], reason);
      } else if (isObject(value) && typeof value.value === 'string') {
        const reason = envValueReason(name, value.value);
        if (reason) add([...path, name, 'value'], reason);
      }
    }
  };

  visit(values, []);
  return found;
}

/**
 * `values` without its secrets: secret values are left out (a list item becomes the placeholder,
 * so positions hold), and secret literals in extraConfig Python become the placeholder, so the
 * snippet still reads. `omitted` names each one. `values` itself is not changed.
 */
export function withoutSecrets(values: JsonObject): { values: JsonObject; omitted: SecretFinding[] } {
  const omitted = findSecrets(values);
  if (omitted.length === 0) return { values, omitted };
  const copy = JSON.parse(JSON.stringify(values)) as JsonObject;
  const done = new Set<string>();
  for (const finding of omitted) {
    const key = JSON.stringify(finding.path);
    if (finding.line !== undefined) {
      if (done.has(key)) continue;
      done.add(key);
      const code = getNode(copy, finding.path);
      if (typeof code === 'string') setNode(copy, finding.path, redactPython(code));
    } else {
      removeNode(copy, finding.path);
    }
  }
  return { values: copy, omitted };
}

function redactPython(code: string): string {
  let out = code;
  for (const hit of pythonSecrets(code).reverse()) out = out.slice(0, hit.start) + SECRET_PLACEHOLDER + out.slice(hit.end);
  return out;
}

function getNode(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const step of path) {
    if (Array.isArray(node) && typeof step === 'number') node = node[step];
    else if (isObject(node) && typeof step === 'string' && Object.hasOwn(node, step)) node = node[step];
    else return undefined;
  }
  return node;
}

function setNode(root: Json, path: Path, value: Json): void {
  const parent = getNode(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = value;
  else if (isObject(parent) && typeof last === 'string') {
    Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  }
}

/** Deletes a map entry (and the maps this leaves empty); a list item becomes the placeholder. */
function removeNode(root: JsonObject, path: Path): void {
  const parent = getNode(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') {
    parent[last] = SECRET_PLACEHOLDER;
    return;
  }
  if (!isObject(parent) || typeof last !== 'string') return;
  delete parent[last];
  if (path.length > 1 && Object.keys(parent).length === 0) removeEmptyMap(root, path.slice(0, -1));
}

function removeEmptyMap(root: JsonObject, path: Path): void {
  const parent = getNode(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (!isObject(parent) || typeof last !== 'string') return; // an empty map in a list stays
  delete parent[last];
  if (path.length > 1 && Object.keys(parent).length === 0) removeEmptyMap(root, path.slice(0, -1));
}
