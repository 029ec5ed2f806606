import { isObject } from '../../model/json.ts';
import { hubConfigLine, plainSettings, type PlainSetting } from '../../python/plain-settings.ts';
import { checkPythonSyntax } from '../../python/syntax-check.ts';
import type { Problem } from '../problem.ts';
import type { FieldRule } from './context.ts';

/**
 * hub.extraConfig: a snippet that does not parse stops the hub at start-up (jupyterhub_config.py
 * execs every snippet), so a syntax error is an error here too, with its line. An empty snippet
 * and a plain trait setting are warnings: the hub starts, but the first does nothing and the
 * second is better written in `hub.config`.
 */
// Validation runs on every keystroke and usually only one snippet changed: remember the others.
interface Findings {
  syntax: ReturnType<typeof checkPythonSyntax>;
  plain: PlainSetting[];
}
const cache = new Map<string, Findings>();
const CACHE_LIMIT = 500;

function findings(code: string): Findings {
  let found = cache.get(code);
  if (!found) {
    const syntax = checkPythonSyntax(code);
    found = { syntax, plain: syntax.length ? [] : plainSettings(code) };
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(code, found);
  }
  return found;
}

export const pythonSyntaxRules: FieldRule = (ctx) => {
  const snippets = ctx.get(['hub', 'extraConfig']);
  if (!isObject(snippets)) return [];
  const out: Problem[] = [];
  for (const [name, code] of Object.entries(snippets)) {
    if (typeof code !== 'string') continue;
    const path = ['hub', 'extraConfig', name];
    if (code.trim() === '') {
      out.push({ code: 'python-empty-snippet', severity: 'warning', path, message: `The snippet \`${name}\` is empty: it runs nothing. Write its code, or delete it.` });
      continue;
    }
    const { syntax, plain } = findings(code);
    for (const d of syntax) {
      out.push({ code: 'python-syntax', severity: 'error', path, message: `line ${d.line}, column ${d.column}: ${d.message}` });
    }
    for (const s of plain) {
      const written = s.text.includes('\n') || s.text.length > 80 ? `c.${s.className}.${s.trait} = …` : s.text;
      out.push({
        code: 'python-plain-setting',
        severity: 'warning',
        path,
        message: `line ${s.line}: \`${written}\` is a plain setting; it belongs in \`hub.config\` (\`${hubConfigLine(s)}\`), where the chart checks it and no Python can break it.`,
      });
    }
  }
  return out;
};
