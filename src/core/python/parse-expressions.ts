import type { Expr } from './ast.ts';
import { primary } from './parse-primary.ts';
import { lambdaParameters } from './parse-parameters.ts';
import type { Parser } from './parser-core.ts';
import { KEYWORDS } from './tokens.ts';
import { expressionName, suggestsEquals } from './targets.ts';

/**
 * Expressions, from star_expressions down to the operators (CPython 3.12's grammar), with the
 * explanations CPython gives when they go wrong: a missing comma between two items, `print x`,
 * `=` where `==` was meant, `a if b` without `else`.
 */
const SOFT_KEYWORDS = ['match', 'case', '_', 'type'];
const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=', 'in', 'is']);
const EXPRESSION_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda', 'await']);

/**
 * CPython 3.12 takes any name that starts one of its soft keywords for one (`c`, `ca`, `m`,
 * `t`…: it compares only the name's length), so `(c.x y)` gets no "forgot a comma".
 */
function looksLikeSoftKeyword(name: string): boolean {
  return SOFT_KEYWORDS.some((k) => k.startsWith(name));
}

/** Can the token `k` ahead start an expression (not a starred one)? */
export function startsExpression(p: Parser, k = 0): boolean {
  const t = p.peek(k);
  switch (t.kind) {
    case 'number':
    case 'string':
    case 'fstring-start':
      return true;
    case 'name':
      return !KEYWORDS.has(t.text) || EXPRESSION_KEYWORDS.has(t.text);
    case 'op':
      return t.text === '(' || t.text === '[' || t.text === '{' || t.text === '-' || t.text === '+' || t.text === '~' || t.text === '...';
    default:
      return false;
  }
}

function shortSource(p: Parser, e: Expr): string {
  const text = p.src.slice(e.from, e.to);
  return text.length <= 24 && !/[\n\r]/.test(text) ? `\`${text}\`` : `the ${expressionName(e)} on line ${p.lineOf(e.from)}`;
}

/**
 * Two expressions side by side (`a b`): inside brackets CPython says a comma is missing, and
 * `print x` is Python 2's print statement. Throws that explanation, or returns when neither fits.
 */
function explainJuxtaposition(p: Parser, start: number, a: Expr): void {
  const save = p.pos;
  if (a.type === 'Name' && !a.inParens && (a.id === 'print' || a.id === 'exec') && !p.at('(')) {
    const b = p.attemptPlain(() => starExpressions(p));
    p.pos = save;
    if (b) throw p.error(a.from, a.to, `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`);
    return;
  }
  // CPython leaves out `name "string"` (a Python 2 statement, say) and soft keywords.
  const first = p.tokens[start]!;
  if (first.kind === 'name' && !KEYWORDS.has(first.text) && (looksLikeSoftKeyword(first.text) || p.tokens[start + 1]?.kind === 'string')) return;
  const b = p.attemptPlain(() => expression(p));
  const inBrackets = p.last.depth > 0;
  p.pos = save;
  if (!b || !inBrackets) return;
  const aEnd = p.lineOf(a.to - 1);
  const bLine = p.lineOf(b.from);
  throw p.error(
    a.from,
    b.to,
    aEnd === bLine
      ? `invalid syntax. Perhaps you forgot a comma between ${shortSource(p, a)} and ${shortSource(p, b)}?`
      : `invalid syntax. Perhaps you forgot a comma at the end of line ${aEnd} (before the item on line ${bLine})?`,
  );
}

export function expression(p: Parser): Expr {
  if (p.at('lambda')) return lambdef(p);
  const start = p.pos;
  const a = disjunction(p);
  if (p.at('if')) {
    p.next();
    const test = disjunction(p);
    if (!p.at('else')) {
      if (p.noInvalid === 0 && !p.at(':')) throw p.error(a.from, test.to, "expected 'else' after 'if' expression");
      throw p.generic();
    }
    p.next();
    const orelse = expression(p);
    return { type: 'IfExp', body: a, test, orelse, from: a.from, to: orelse.to };
  }
  if (p.noInvalid === 0 && startsExpression(p)) explainJuxtaposition(p, start, a);
  return a;
}

function lambdef(p: Parser): Expr {
  const kw = p.next();
  const args = lambdaParameters(p);
  const colon = p.expect(':', "expected ':' after the lambda's parameters");
  if (colon.startsFormatSpec) {
    throw p.error(kw.from, colon.to, 'f-string: lambda expressions are not allowed without parentheses: write {(lambda …: …)}');
  }
  const body = expression(p);
  return { type: 'Lambda', args, body, from: kw.from, to: body.to };
}

/** `x := value`, or an expression; explains `x = value` where a comparison was meant. */
export function namedExpression(p: Parser): Expr {
  if (p.atName() && p.peek(1).kind === 'op' && p.peek(1).text === ':=') {
    const name = p.next();
    p.next();
    const value = expression(p);
    return { type: 'NamedExpr', target: { type: 'Name', id: name.text, from: name.from, to: name.to }, value, from: name.from, to: value.to };
  }
  const e = expression(p);
  if (p.noInvalid > 0) return e;
  if (p.at(':=')) throw p.error(e.from, e.to, `cannot use assignment expressions with ${expressionName(e)}`);
  if (p.at('=')) throw assignmentInExpression(p, e);
  return e;
}

function assignmentInExpression(p: Parser, e: Expr): Error {
  const save = p.pos;
  p.next();
  const rhs = p.attemptPlain(() => bitwiseOr(p));
  const plainValue = rhs !== null && !p.atAny('=', ':=');
  p.pos = save;
  if (plainValue) {
    if (e.type === 'Name' && !e.inParens) return p.error(e.from, e.to, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (suggestsEquals(e)) return p.error(e.from, e.to, `cannot assign to ${expressionName(e)} here. Maybe you meant '==' instead of '='?`);
  }
  return p.generic();
}

/** `*x` or a named expression: an item of a list, tuple or set display. */
export function starNamedExpression(p: Parser): Expr {
  if (p.at('*')) {
    const star = p.next();
    const value = bitwiseOr(p);
    return { type: 'Starred', value, from: star.from, to: value.to };
  }
  return namedExpression(p);
}

function starExpression(p: Parser): Expr {
  if (p.at('*')) {
    const star = p.next();
    const value = bitwiseOr(p);
    return { type: 'Starred', value, from: star.from, to: value.to };
  }
  return expression(p);
}

/** Comma-separated star expressions (a statement's, `return`'s): a tuple when there is a comma. */
export function starExpressions(p: Parser): Expr {
  const first = starExpression(p);
  if (!p.at(',')) return first;
  const elts = [first];
  let to = first.to;
  while (p.at(',')) {
    to = p.next().to;
    if (!p.at('*') && !startsExpression(p)) break;
    const e = starExpression(p);
    elts.push(e);
    to = e.to;
  }
  return { type: 'Tuple', elts, parenthesized: false, from: first.from, to };
}

export function yieldExpression(p: Parser): Expr {
  const kw = p.next();
  if (p.eat('from')) {
    const value = expression(p);
    return { type: 'YieldFrom', value, from: kw.from, to: value.to };
  }
  const value = p.at('*') || startsExpression(p) ? starExpressions(p) : null;
  return { type: 'Yield', value, from: kw.from, to: value ? value.to : kw.to };
}

export function disjunction(p: Parser): Expr {
  return boolean(p, 'or', conjunction);
}

function conjunction(p: Parser): Expr {
  return boolean(p, 'and', inversion);
}

function boolean(p: Parser, op: string, operand: (p: Parser) => Expr): Expr {
  const first = operand(p);
  if (!p.at(op)) return first;
  const operands = [first];
  while (p.eat(op)) operands.push(operand(p));
  return { type: 'BoolOp', operands, from: first.from, to: operands[operands.length - 1]!.to };
}

function inversion(p: Parser): Expr {
  if (p.at('not')) {
    const kw = p.next();
    const operand = inversion(p);
    return { type: 'UnaryOp', op: 'not', operand, from: kw.from, to: operand.to };
  }
  return comparison(p);
}

function comparison(p: Parser): Expr {
  const left = bitwiseOr(p);
  const ops: string[] = [];
  const comparators: Expr[] = [];
  for (;;) {
    let op: string;
    if (p.at('<>')) throw p.errorAt(p.tok, "'<>' is Python 2's not-equal: write '!='");
    if (p.at('not') && p.peek(1).text === 'in') op = 'not in';
    else if (p.at('is') && p.peek(1).text === 'not') op = 'is not';
    else if ((p.atKind('op') || p.atKind('name')) && COMPARISONS.has(p.tok.text)) op = p.tok.text;
    else break;
    p.next();
    if (op.includes(' ')) p.next();
    ops.push(op);
    comparators.push(bitwiseOr(p));
  }
  if (!ops.length) return left;
  return { type: 'Compare', left, ops, comparators, from: left.from, to: comparators[comparators.length - 1]!.to };
}

/** Left-associative binary operators, loosest first; unary operators and `**` below them. */
const BINARY_LEVELS: readonly (readonly string[])[] = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '//', '%', '@']];

export function bitwiseOr(p: Parser): Expr {
  return binary(p, 0);
}

function binary(p: Parser, level: number): Expr {
  if (level === BINARY_LEVELS.length) return factor(p);
  const ops = BINARY_LEVELS[level]!;
  let left = binary(p, level + 1);
  while (p.atKind('op') && ops.includes(p.tok.text)) {
    p.next();
    const right = binary(p, level + 1);
    left = { type: 'BinOp', operands: [left, right], from: left.from, to: right.to };
  }
  return left;
}

function factor(p: Parser): Expr {
  if (p.atAny('+', '-', '~')) {
    const op = p.next();
    const operand = factor(p);
    return { type: 'UnaryOp', op: op.text, operand, from: op.from, to: operand.to };
  }
  return power(p);
}

function power(p: Parser): Expr {
  let base: Expr;
  if (p.at('await')) {
    const kw = p.next();
    const value = primary(p);
    base = { type: 'Await', value, from: kw.from, to: value.to };
  } else base = primary(p);
  if (!p.at('**')) return base;
  p.next();
  const exponent = factor(p);
  return { type: 'BinOp', operands: [base, exponent], from: base.from, to: exponent.to };
}
