import type { Expr } from './ast.ts';
import { startsExpression, starExpressions, yieldExpression } from './parse-expressions.ts';
import type { Parser } from './parser-core.ts';
import type { RawDiagnostic, Token } from './tokens.ts';

/**
 * Adjacent string literals (joined into one) and f-strings with their replacement fields. A
 * literal's decoding error is raised when the literal is parsed, as CPython does; an f-string's
 * is reported at its closing quote, where CPython reports it.
 */
const CONVERSIONS = new Set(['s', 'r', 'a']);

/**
 * CPython reports a bad escape at the literal's start (an f-string's: its closing quote): mark
 * the escape itself when it is on that line.
 */
function decodingError(p: Parser, problem: RawDiagnostic, at: Token): Error {
  if (p.lineOf(problem.from) !== at.line) return p.error(at.from, at.to, problem.message);
  return p.error(problem.from, problem.to, problem.message);
}

export function strings(p: Parser): Expr {
  const first = p.tok;
  let sawBytes = false;
  let sawText = false;
  let mixedAt: Token | null = null;
  const values: Expr[] = [];
  let formatted = false;
  while (p.atKind('string') || p.atKind('fstring-start')) {
    const t = p.tok;
    if (t.kind === 'string' && t.bytes) sawBytes = true;
    else sawText = true;
    if (sawBytes && sawText) mixedAt ??= t;
    if (t.kind === 'string') {
      if (t.literalError && p.noInvalid === 0) throw decodingError(p, t.literalError, t);
      p.next();
    } else {
      formatted = true;
      values.push(...fstring(p));
    }
  }
  if (mixedAt) throw p.errorAt(mixedAt, "cannot mix bytes and nonbytes literals: make every part b'…' or none");
  const to = p.last.to;
  if (formatted) return { type: 'JoinedStr', values, from: first.from, to };
  return { type: 'Constant', kind: sawBytes ? 'bytes' : 'string', from: first.from, to };
}

/** One f-string: its replacement fields' expressions. */
function fstring(p: Parser): Expr[] {
  p.next();
  const fields: Expr[] = [];
  let problem: RawDiagnostic | null = null;
  for (;;) {
    const t = p.tok;
    if (t.kind === 'fstring-end') {
      p.next();
      if (problem && p.noInvalid === 0) throw decodingError(p, problem, t);
      return fields;
    }
    if (t.kind === 'fstring-middle') {
      problem ??= t.literalError ?? null;
      p.next();
    } else if (t.kind === 'op' && t.text === '{') {
      fields.push(replacementField(p, (found) => (problem ??= found)));
    } else throw p.generic();
  }
}

function replacementField(p: Parser, noteProblem: (problem: RawDiagnostic) => void): Expr {
  const open = p.next();
  if (p.atAny('=', '!', ':', '}')) throw p.errorAt(p.tok, `f-string: valid expression required before '${p.tok.text}'`);
  if (!p.at('*') && !p.at('yield') && !startsExpression(p)) throw p.errorAt(p.tok, "f-string: expecting a valid expression after '{'");
  const value = p.at('yield') ? yieldExpression(p) : starExpressions(p);
  let after = "'=', or '!', or ':', or '}'";
  if (p.eat('=')) after = "'!', or ':', or '}'";
  if (p.at('!')) {
    const bang = p.next();
    if (p.atAny(':', '}')) throw p.errorAt(p.tok, "f-string: missing conversion character: write !r, !s or !a");
    const conversion = p.tok;
    if (conversion.kind !== 'name') throw p.errorAt(conversion, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    if (conversion.from !== bang.to) throw p.error(bang.from, conversion.to, 'f-string: conversion type must come right after the exclamation mark');
    if (!CONVERSIONS.has(conversion.text)) throw p.errorAt(conversion, `f-string: invalid conversion character '${conversion.text}': expected 's', 'r', or 'a'`);
    p.next();
    after = "':' or '}'";
  }
  let spec: Expr | null = null;
  if (p.at(':')) {
    const colon = p.next();
    const parts: Expr[] = [];
    while (p.atKind('fstring-middle') || p.at('{')) {
      if (p.atKind('fstring-middle')) {
        if (p.tok.literalError) noteProblem(p.tok.literalError);
        p.next();
      } else parts.push(replacementField(p, noteProblem));
    }
    spec = { type: 'JoinedStr', values: parts, from: colon.to, to: p.tok.from };
    after = "'}', or format specs";
  }
  if (!p.at('}')) throw p.errorAt(p.tok, `f-string: expecting ${after}`);
  const close = p.next();
  return { type: 'FormattedValue', value, spec, from: open.from, to: close.to };
}
