import { isObject } from '../../model/json.ts';
import { checkPythonSyntax } from '../../python/syntax-check.ts';
import type { Problem } from '../problem.ts';
import type { FieldRule } from './context.ts';

/**
 * hub.extraConfig: a snippet that does not parse stops the hub at start-up (jupyterhub_config.py
 * execs every snippet), so a syntax error is an error here too, with its line.
 */
// Validation runs on every keystroke and usually only one snippet changed: remember the others.
const cache = new Map<string, ReturnType<typeof checkPythonSyntax>>();
const CACHE_LIMIT = 500;

function diagnostics(code: string): ReturnType<typeof checkPythonSyntax> {
  let found = cache.get(code);
  if (!found) {
    found = checkPythonSyntax(code);
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
    for (const d of diagnostics(code)) {
      out.push({ code: 'python-syntax', severity: 'error', path: ['hub', 'extraConfig', name], message: `line ${d.line}, column ${d.column}: ${d.message}` });
    }
  }
  return out;
};
