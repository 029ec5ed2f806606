import { SECRET_PLACEHOLDER } from './finding.ts';
import { isPublicName, isSecretName } from './names.ts';
import { looksRandom, type Span } from './shapes.ts';
import { linesAt, mergeSpans, textSecrets } from './text.ts';

/** A secret in Python code: offsets in the code, and the 1-based line. */
export interface PythonSpan extends Span {
  line: number;
}

/** triple-quoted strings, comments, and one-line literals with their prefix (r, b, f …) */
const PY_TOKENS = /("""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$))|#[^\n]*|([rRbBuUfF]{0,2})("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/g;

/**
 * The secrets in a Python snippet (hub.extraConfig, a .py extraFile): literals assigned or passed
 * to a secret name (`client_secret = "…"`, `environ["DB_PASSWORD"] = "…"`, `{"password": "…"}`),
 * keys of token maps, long random literals, and every shape `textSecrets` knows, also in comments
 * and docstrings (a URL's password becomes the placeholder, the URL stays). Linear in the code.
 */
export function pythonSecrets(code: string): PythonSpan[] {
  const found: Span[] = textSecrets(code, 'shapes');
  const tokenKeys = tokenMapKeys(code);
  for (const m of code.matchAll(PY_TOKENS)) {
    const literal = m[3];
    if (literal === undefined) continue; // a comment or a triple-quoted string: shapes only
    const prefix = m[2] ?? '';
    const start = m.index + prefix.length + 1;
    const content = literal.slice(1, -1);
    if (content === '' || content.startsWith(SECRET_PLACEHOLDER)) continue;
    if (/f/i.test(prefix) && content.includes('{')) continue;
    const reason = tokenKeys.has(start) ? 'the Python uses a token as a key of api_tokens or service_tokens' : literalReason(code, m.index, content);
    if (reason) found.push({ start, end: start + content.length, reason });
  }
  const spans = mergeSpans(found);
  const lines = linesAt(code, spans.map((span) => span.start));
  return spans.map((span, i) => ({ ...span, line: lines[i]! }));
}

function literalReason(code: string, literalStart: number, content: string): string | null {
  // the name before the literal, on its line (a bounded look back: a line may hold many literals)
  const nearby = code.slice(Math.max(0, literalStart - 120), literalStart);
  const before = nearby.slice(nearby.lastIndexOf('\n') + 1);
  // not ==, !=, <=: only a name, a quote or ] may precede the = or :
  const assigned = /([A-Za-z_]\w*)["']?\s*\]?\s*[:=]\s*$/.exec(before);
  const argument = /([A-Za-z_]\w*)["']\s*,\s*$/.exec(before);
  const name = assigned?.[1] ?? argument?.[1];
  if (name && isSecretName(name)) return `the Python assigns a literal secret to ${name}`;
  // `client_id = "Iv1.8a61f9b3a7aba766"` is an identifier, however random it looks
  if (!(name && isPublicName(name)) && looksRandom(content)) return 'the Python holds a long random literal, most likely a token';
  return null;
}

/** a token map being written: `c.JupyterHub.api_tokens = {`, `.update({`, `= dict({` */
const TOKEN_MAP_START = /(?:api_tokens|service_tokens)["']?\]?\s*(?:=|:|\.update\(|\()\s*(?:dict\(\s*)?\{/g;
/** one entry set by subscript: `api_tokens["<token>"] = "alice"` */
const TOKEN_MAP_SUBSCRIPT = /(?:api_tokens|service_tokens)\s*\[\s*[rRbBuU]?(["'])/g;
const STRING_START = /["']/;

/**
 * Where the literals that are keys of token maps start (just inside their quote): the keys of
 * each `{…}` written to api_tokens/service_tokens, read once from its `{` to its `}`.
 */
function tokenMapKeys(code: string): Set<number> {
  const keys = new Set<number>();
  if (!/api_tokens|service_tokens/.test(code)) return keys;
  for (const m of code.matchAll(TOKEN_MAP_SUBSCRIPT)) keys.add(m.index + m[0].length);
  let scanned = 0;
  for (const m of code.matchAll(TOKEN_MAP_START)) {
    const open = m.index + m[0].length - 1;
    if (open < scanned) continue; // inside the map read before
    let depth = 0;
    let i = open;
    for (; i < code.length; i++) {
      const ch = code[i]!;
      if (ch === '{' || ch === '[' || ch === '(') depth++;
      else if (ch === '}' || ch === ']' || ch === ')') {
        if (--depth === 0) break;
      } else if (ch === '#') {
        const eol = code.indexOf('\n', i);
        i = eol === -1 ? code.length : eol;
      } else if (STRING_START.test(ch)) {
        const end = stringEnd(code, i);
        if (depth === 1 && /^\s*:/.test(code.slice(end + 1, end + 20))) keys.add(i + 1);
        i = end;
      }
    }
    scanned = i;
  }
  return keys;
}

/** The index of the quote that closes the one-line literal opened at `start`. */
function stringEnd(code: string, start: number): number {
  const quote = code[start];
  for (let i = start + 1; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\') i++;
    else if (ch === quote || ch === '\n') return i;
  }
  return code.length;
}
