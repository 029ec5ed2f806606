import type { Comprehension, Expr } from './ast.ts';
import { bitwiseOr, disjunction } from './parse-expressions.ts';
import type { Parser } from './parser-core.ts';
import { cannotAssign, invalidTarget } from './targets.ts';

/** `for` clauses of comprehensions, and the targets of `for` loops. */
export function atFor(p: Parser): boolean {
  return p.at('for') || (p.at('async') && p.peek(1).text === 'for');
}

function targetItem(p: Parser): Expr {
  if (p.at('*')) {
    const star = p.next();
    const value = bitwiseOr(p);
    return { type: 'Starred', value, from: star.from, to: value.to };
  }
  return bitwiseOr(p);
}

/**
 * The targets before `in`: operands, not comparisons (so `x in y` stops at `in`), checked as
 * assignment targets ("cannot assign to function call").
 */
export function forTargets(p: Parser): Expr {
  const first = targetItem(p);
  let target = first;
  if (p.at(',')) {
    const elts = [first];
    while (p.eat(',')) {
      if (p.at('in')) break;
      elts.push(targetItem(p));
    }
    target = { type: 'Tuple', elts, parenthesized: false, from: first.from, to: elts[elts.length - 1]!.to };
  }
  if (p.noInvalid === 0) {
    const bad = invalidTarget(target, 'for');
    if (bad) throw p.error(bad.from, bad.to, cannotAssign(bad, 'for'));
  }
  return target;
}

export function comprehensionClauses(p: Parser): Comprehension[] {
  const generators: Comprehension[] = [];
  while (atFor(p)) {
    const start = p.tok;
    const isAsync = p.eat('async') !== null;
    p.next();
    const target = forTargets(p);
    p.expect('in', "expected 'in' after the comprehension's loop variables");
    const iter = disjunction(p);
    const ifs: Expr[] = [];
    while (p.eat('if')) ifs.push(disjunction(p));
    generators.push({ type: 'comprehension', target, iter, ifs, isAsync, from: start.from, to: p.last.to });
  }
  return generators;
}
