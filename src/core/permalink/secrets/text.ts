import { SECRET_PLACEHOLDER } from './finding.ts';
import { isSecretName } from './names.ts';
import { base64Text, knownTokenSpans, looksRandom, type Span } from './shapes.ts';

/**
 * Secrets inside a free text (a URL, a command line, an nginx snippet, a config file), as spans of
 * the text, so the link can keep the rest. `shapes` finds what needs no context: known token
 * formats, private keys, webhook URLs, passwords in URLs, Authorization headers, secret query
 * parameters. `commands` adds what reads a text as commands or a config file: `--password=…`,
 * `--api-token …`, `mysql -p…`, `curl -u user:…`, `PGPASSWORD=…`, `password = …`, `.netrc` lines,
 * nginx's `proxy_set_header X-Api-Key …`.
 * Python gets `shapes` only (python.ts reads its assignments).
 *
 * Every rule is linear in the text (a link may hold a 2 MB string): no unbounded lazy scan
 * after a repeated word, no pattern that can start at every character.
 */
export type TextMode = 'shapes' | 'commands';

/** A value that refers to a secret elsewhere (`$DB_PASSWORD`, `${X}`, `{password}`, `<your token>`) or none at all. */
export function isReference(value: string): boolean {
  return value === '' || /^[$<{[(%*]/.test(value) || /^(null|none|nil|true|false|~)$/i.test(value) || value.startsWith(SECRET_PLACEHOLDER);
}

type Rule = (text: string, found: Span[]) => void;

/** A rule that only runs where `needed` says the text could hold what it looks for (most texts cannot). */
function guarded(needed: (text: string) => boolean, rule: Rule): Rule {
  return (text, found) => {
    if (needed(text)) rule(text, found);
  };
}

const urlUserinfo: Rule = (text, found) => {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]{0,30}:\/\/([^\s/?#@:'"<>`]*)(?::([^\s/?#@'"<>`]*))?@(?=[\w[])/gi)) {
    const [whole, user = '', password] = m;
    const at = m.index + whole.length - 1; // the @
    if (password !== undefined) {
      if (!isReference(password)) found.push({ start: at - password.length, end: at, reason: 'the password in the URL' });
    } else if (looksRandom(user) && !isReference(user)) {
      found.push({ start: at - user.length, end: at, reason: 'the token in the URL' });
    }
  }
};

const QUERY_SECRET = /^(sig|signature|x-amz-signature|x-goog-signature|x-amz-security-token|x-goog-credential)$/i;

const urlQuery: Rule = (text, found) => {
  for (const m of text.matchAll(/[?&]([A-Za-z][\w.-]*)=([^&#\s"'<>`]+)/g)) {
    const [whole, name, value] = m as unknown as [string, string, string];
    if (isReference(value) || !(isSecretName(name) || QUERY_SECRET.test(name))) continue;
    const start = m.index + whole.length - value.length;
    found.push({ start, end: start + value.length, reason: `the ${name} parameter of the URL` });
  }
};

/** a header value: token characters, with a digit or punctuation (`Bearer authentication` is prose) */
const TOKEN_VALUE = '([A-Za-z0-9._~+/=-]{8,})';

function pushToken(found: Span[], m: RegExpMatchArray, value: string, reason: string): void {
  if (isReference(value) || !/[0-9._~+/=-]/.test(value)) return;
  const start = m.index! + m[0].length - value.length;
  found.push({ start, end: start + value.length, reason });
}

const authHeaders: Rule = (text, found) => {
  for (const m of text.matchAll(new RegExp(`\\bauthorization["']?\\s*[:=]\\s*["']?(?:(?:bearer|token|basic|apikey|key|digest)\\s+)?${TOKEN_VALUE}`, 'gi'))) {
    pushToken(found, m, m[1]!, 'the credentials of an Authorization header');
  }
  for (const m of text.matchAll(new RegExp(`\\b[Bb]earer\\s+${TOKEN_VALUE}`, 'g'))) pushToken(found, m, m[1]!, 'a bearer token');
  for (const m of text.matchAll(/\bBasic\s+([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])/g)) {
    if (base64Text(m[1]!)?.includes(':')) pushToken(found, m, m[1]!, 'basic-auth credentials (user:password in base64)');
  }
};

/** `--db-password=x`, `--api-token x`, `-NotebookApp.token=x`; a value after a space must not be the next flag */
const flags: Rule = (text, found) => {
  for (const m of text.matchAll(/(^|[\s"'[,(])(--?[A-Za-z][\w.-]+)(?:=|[ \t]+(?!-))(["']?)([^\s"'`;|&]+)\3/g)) {
    const [, , flag, , value] = m as unknown as [string, string, string, string, string];
    if (isReference(value) || !isSecretName(flag.replace(/^-+/, ''))) continue;
    const end = m.index + m[0].length - m[3]!.length;
    found.push({ start: end - value.length, end, reason: `the value of ${flag}` });
  }
};

/** `mysql -pSECRET` (attached: `-p name` asks for the password and names a database), `sshpass -p SECRET` */
const shortPasswordFlags: Rule = (text, found) => {
  for (const m of text.matchAll(/\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^\n;|&]{0,200}?\s-p([^\s'"]+)/g)) {
    pushValue(found, m, m[1]!, 'the password given to mysql with -p');
  }
  for (const m of text.matchAll(/\bsshpass\b[^\n;|&]{0,200}?\s-p\s*([^\s'"-][^\s'"]*)/g)) pushValue(found, m, m[1]!, 'the password given to sshpass with -p');
  for (const m of text.matchAll(/\bcurl\b[^\n;|&]{0,200}?\s(?:-u|--user)\s*["']?[^\s:'"]+:([^\s'"]+)/g)) {
    pushValue(found, m, m[1]!, 'the password given to curl with -u');
  }
};

function pushValue(found: Span[], m: RegExpMatchArray, value: string, reason: string): void {
  if (isReference(value)) return;
  const end = m.index! + m[0].length;
  found.push({ start: end - value.length, end, reason });
}

/** `PGPASSWORD=x`, `export API_TOKEN=x`, `password = x` (ini), `"client_secret": "x"` (JSON), `token: x` (YAML) */
const assignments: Rule = (text, found) => {
  const pattern = /(^|[\s;,{(["'])(?:export[ \t]+)?(["']?)([A-Za-z_][\w.-]*)\2[ \t]*[=:](?![=:]|\/\/)[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"',;}\]]+))/g;
  for (const m of text.matchAll(pattern)) {
    const name = m[3]!;
    const value = m[4] ?? m[5] ?? m[6]!;
    if (isReference(value) || value.startsWith('/') || /[([]/.test(value) || !isSecretName(name)) continue;
    const end = m.index + m[0].length - (m[6] === undefined ? 1 : 0);
    found.push({ start: end - value.length, end, reason: `the value given to ${name}` });
  }
};

/** `proxy_set_header X-Api-Key "SECRET";` (nginx snippets in ingress annotations) */
const nginxHeaders: Rule = (text, found) => {
  for (const m of text.matchAll(/\b(?:proxy_set_header|add_header|grpc_set_header)\s+["']?([A-Za-z][\w-]*)["']?\s+(?:"([^"\n]*)"|'([^'\n]*)'|([^\s;"']+))/g)) {
    const value = m[2] ?? m[3] ?? m[4]!;
    if (isReference(value) || !isSecretName(m[1]!)) continue;
    const end = m.index + m[0].length - (m[4] === undefined ? 1 : 0);
    found.push({ start: end - value.length, end, reason: `the value of the ${m[1]} header` });
  }
};

/** `machine host login user password SECRET` (a .netrc in a file or a heredoc) */
const netrc: Rule = (text, found) => {
  for (const m of text.matchAll(/\bmachine\s+\S+[^\n]{0,200}?\bpassword\s+([^\s"']+)/g)) pushValue(found, m, m[1]!, 'a .netrc password');
};

const knownTokens: Rule = (text, found) => {
  found.push(...knownTokenSpans(text));
};

const SHAPES: readonly Rule[] = [
  knownTokens,
  guarded((t) => t.includes('://') && t.includes('@'), urlUserinfo),
  guarded((t) => t.includes('=') && (t.includes('?') || t.includes('&')), urlQuery),
  guarded((t) => /uthorization|earer|basic/i.test(t), authHeaders),
];
const COMMANDS: readonly Rule[] = [
  ...SHAPES,
  guarded((t) => t.includes('-'), flags),
  guarded((t) => /mysql|mariadb|sshpass|curl/.test(t), shortPasswordFlags),
  guarded((t) => t.includes('=') || t.includes(':'), assignments),
  guarded((t) => t.includes('machine'), netrc),
  guarded((t) => t.includes('_header'), nginxHeaders),
];

/** The secrets in `text`, sorted, overlapping ones merged (the first reason is kept). */
export function textSecrets(text: string, mode: TextMode): Span[] {
  const found: Span[] = [];
  for (const rule of mode === 'shapes' ? SHAPES : COMMANDS) rule(text, found);
  return mergeSpans(found);
}

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** Whether the spans cover all of `text` but its surrounding blanks (then the whole value is the secret). */
export function coversAll(text: string, spans: readonly Span[]): boolean {
  if (spans.length !== 1) return false;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return spans[0]!.start <= start && spans[0]!.end >= end;
}

/** The 1-based line of each offset (in ascending order) in `text`, in one pass. */
export function linesAt(text: string, offsets: readonly number[]): number[] {
  let line = 1;
  let next = text.indexOf('\n');
  return offsets.map((offset) => {
    while (next !== -1 && next < offset) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    return line;
  });
}
