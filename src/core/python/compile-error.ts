import type { Span } from './ast.ts';

/** An error of CPython's compile stage (symbol table, compiler): the first one found stops it. */
export class CompileError extends Error {
  constructor(
    readonly at: Span,
    message: string,
  ) {
    super(message);
  }
}
