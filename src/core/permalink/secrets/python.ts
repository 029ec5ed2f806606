import { SECRET_PLACEHOLDER } from './finding.ts';
import { isPublicName, isSecretName } from './names.ts';
import { looksRandom, type Span } from './shapes.ts';
import { lineAt, mergeSpans, textSecrets } from './text.ts';

/** A secret in Python code: offsets in the code, and the 1-based line. */
export interface PythonSpan extends Span {
  line: number;
}

/** triple-quoted strings, comments, and one-line literals with their prefix (r, b, f …) */
const PY_TOKENS = /("""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$))|#[^\n]*|([rRbBuUfF]{0,2})("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/g;

/** maps whose keys are tokens: `c.JupyterHub.api_tokens = {"<token>": "alice"}` */
const TOKEN_MAP = /(?:api_tokens|service_tokens)["']?\]?\s*(?:=|:|\.update\(|\()\s*(?:dict\(\s*)?$/;

/**
 * The secrets in a Python snippet (hub.extraConfig, a .py extraFile): literals assigned or passed
 * to a secret name (`client_secret = "…"`, `environ["DB_PASSWORD"] = "…"`, `{"password": "…"}`),
 * keys of token maps, long random literals, and every shape `textSecrets` knows, also in comments
 * and docstrings (a URL's password becomes the placeholder, the URL stays).
 */
export function pythonSecrets(code: string): PythonSpan[] {
  const found: Span[] = textSecrets(code, 'shapes');
  for (const m of code.matchAll(PY_TOKENS)) {
    const literal = m[3];
    if (literal === undefined) continue; // a comment or a triple-quoted string: shapes only
    const prefix = m[2] ?? '';
    const start = m.index + prefix.length + 1;
    const content = literal.slice(1, -1);
    if (content === '' || content.startsWith(SECRET_PLACEHOLDER)) continue;
    if (/f/i.test(prefix) && content.includes('{')) continue;
    const reason = literalReason(code, m.index, start + content.length + 1, content);
    if (reason) found.push({ start, end: start + content.length, reason });
  }
  return mergeSpans(found).map((span) => ({ ...span, line: lineAt(code, span.start) }));
}

function literalReason(code: string, literalStart: number, literalEnd: number, content: string): string | null {
  const lineStart = code.lastIndexOf('\n', literalStart) + 1;
  const before = code.slice(lineStart, literalStart);
  // not ==, !=, <=: only a name, a quote or ] may precede the = or :
  const assigned = /([A-Za-z_]\w*)["']?\s*\]?\s*[:=]\s*$/.exec(before);
  const argument = /([A-Za-z_]\w*)["']\s*,\s*$/.exec(before);
  const name = assigned?.[1] ?? argument?.[1];
  if (name && isSecretName(name)) return `the Python assigns a literal secret to ${name}`;
  if (isTokenMapKey(code, literalStart, literalEnd)) return 'the Python uses a token as a key of api_tokens or service_tokens';
  // `client_id = "Iv1.8a61f9b3a7aba766"` is an identifier, however random it looks
  if (!(name && isPublicName(name)) && looksRandom(content)) return 'the Python holds a long random literal, most likely a token';
  return null;
}

/** `{"<token>": "alice"}` under api_tokens/service_tokens, or `api_tokens["<token>"] = …` */
function isTokenMapKey(code: string, literalStart: number, literalEnd: number): boolean {
  if (/(?:api_tokens|service_tokens)\s*\[\s*$/.test(code.slice(Math.max(0, literalStart - 40), literalStart))) return true;
  if (!/^\s*:/.test(code.slice(literalEnd, literalEnd + 20))) return false;
  const brace = openingBrace(code, literalStart);
  return brace !== -1 && TOKEN_MAP.test(code.slice(Math.max(0, brace - 80), brace));
}

/** The `{` of the dict that holds the position, or -1 (braces inside strings are rare enough here). */
function openingBrace(code: string, position: number): number {
  let depth = 0;
  for (let i = position - 1; i >= 0 && position - i < 4000; i--) {
    const ch = code[i];
    if (ch === '}') depth++;
    else if (ch === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
