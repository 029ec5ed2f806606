import type { Stmt } from './ast.ts';
import type { RawDiagnostic } from './tokens.ts';

/**
 * `from __future__ import …`: the features CPython 3.12 knows, checked for the imports at the top
 * of the snippet (after an optional docstring), which is the only place they may be.
 */
const FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

export function isFutureImport(s: Stmt): boolean {
  return s.type === 'ImportFrom' && s.module === '__future__' && s.level === 0;
}

function isDocstring(s: Stmt | undefined): boolean {
  return s?.type === 'Expr' && s.value.type === 'Constant' && s.value.kind === 'string';
}

/** The leading future imports: an unknown feature is an error; returns where they end. */
export function checkFutureImports(module: Stmt[]): { error: RawDiagnostic | null; endOfFutureImports: number } {
  let endOfFutureImports = -1;
  for (let i = isDocstring(module[0]) ? 1 : 0; i < module.length; i++) {
    const s = module[i]!;
    if (s.type !== 'ImportFrom' || !isFutureImport(s)) break;
    for (const alias of s.names) {
      if (FEATURES.has(alias.name)) continue;
      const message = alias.name === 'braces' ? 'not a chance' : `future feature ${alias.name} is not defined`;
      return { error: { from: s.from, to: s.to, message }, endOfFutureImports };
    }
    endOfFutureImports = s.from;
  }
  return { error: null, endOfFutureImports };
}
