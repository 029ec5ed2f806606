import type { Stmt } from './ast.ts';
import { statements } from './parse-statements.ts';
import { Parser, type ParseError } from './parser-core.ts';
import type { Token } from './tokens.ts';

export interface ParsedModule {
  module: Stmt[];
  /** Syntax errors in the order found (the first is CPython's, unless the tokenizer's comes first). */
  errors: ParseError[];
  /** How far the tokens had been read when the first error was found (see primary-error.ts). */
  fetchedAtFirstError: number;
  tokens: readonly Token[];
}

export function parseModule(src: string, tokens: readonly Token[], lineStarts: readonly number[]): ParsedModule {
  const p = new Parser(src, tokens, lineStarts);
  const module = statements(p, false);
  return { module, errors: p.errors, fetchedAtFirstError: p.fetchedAtFirstError, tokens };
}
