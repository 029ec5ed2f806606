import type { Expr, Keyword } from './ast.ts';
import { atom } from './parse-atoms.ts';
import { atFor, comprehensionClauses } from './parse-comprehensions.ts';
import { expression, namedExpression } from './parse-expressions.ts';
import type { Parser } from './parser-core.ts';
import { expressionName } from './targets.ts';
import { KEYWORDS } from './tokens.ts';

/**
 * An atom and its trailers: `.name`, calls with their argument rules, subscripts and slices.
 */
export function primary(p: Parser): Expr {
  let e = atom(p);
  for (;;) {
    if (p.at('.')) {
      // `a.` without a name leaves the primary at `a` (the parse fails after it, at the '.').
      if (p.peek(1).kind !== 'name' || KEYWORDS.has(p.peek(1).text)) return e;
      p.next();
      const name = p.next();
      e = { type: 'Attribute', value: e, attr: name.text, from: e.from, to: name.to };
    } else if (p.at('(') || p.at('[')) {
      // A call or subscript that does not parse leaves the primary where it was (PEG's
      // ordered choice): `x[0][]` is `x[0]` then `[]`, which may be a missing comma.
      const start = p.pos;
      const value: Expr = e;
      const trailer = p.attempt(() => {
        if (p.at('(')) {
          const call = callArguments(p);
          return { type: 'Call', func: value, args: call.args, keywords: call.keywords, from: value.from, to: call.to } as Expr;
        }
        p.next();
        const slice = slices(p);
        const close = p.expect(']');
        return { type: 'Subscript', value, slice, from: value.from, to: close.to } as Expr;
      }, (error) => error.generic);
      if (!trailer) {
        p.pos = start;
        return e;
      }
      e = trailer;
    } else return e;
  }
}

/** A positional argument: `x := 1` or an expression, which must not be followed by '='. */
function positional(p: Parser): Expr {
  if (p.atName() && p.peek(1).text === ':=') {
    const name = p.next();
    p.next();
    const value = expression(p);
    return { type: 'NamedExpr', target: { type: 'Name', id: name.text, from: name.from, to: name.to }, value, from: name.from, to: value.to };
  }
  const e = expression(p);
  if (p.noInvalid === 0) {
    if (p.at(':=')) throw p.error(e.from, e.to, `cannot use assignment expressions with ${expressionName(e)}`);
    if (p.at('=')) throw p.error(e.from, p.tok.to, 'expression cannot contain assignment, perhaps you meant "=="? (a keyword argument needs a plain name before \'=\')');
  }
  return e;
}

/**
 * `(arguments)` of a call or a class definition (where a lone generator expression is not
 * allowed). A positional argument after keyword ones is reported where the arguments end, as
 * CPython does.
 */
export function callArguments(p: Parser, isClass = false): { args: Expr[]; keywords: Keyword[]; to: number } {
  p.next();
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  let misplaced: { arg: Expr; afterUnpacking: boolean } | null = null;
  while (!p.at(')')) {
    const t = p.tok;
    if (p.at('*')) {
      p.next();
      const value = expression(p);
      if (p.at('=') && p.noInvalid === 0) throw p.error(t.from, value.to, 'cannot assign to iterable argument unpacking');
      if (sawDoubleStar) throw p.error(t.from, value.to, 'iterable argument unpacking follows keyword argument unpacking');
      args.push({ type: 'Starred', value, from: t.from, to: value.to });
    } else if (p.at('**')) {
      p.next();
      const value = expression(p);
      if (p.at('=') && p.noInvalid === 0) throw p.error(t.from, value.to, 'cannot assign to keyword argument unpacking');
      keywords.push({ type: 'keyword', name: null, value, from: t.from, to: value.to });
      sawDoubleStar = true;
    } else if ((p.atName() || p.atAny('True', 'False', 'None')) && p.peek(1).kind === 'op' && p.peek(1).text === '=') {
      const name = p.next();
      const eq = p.next();
      if (name.kind === 'name' && (name.text === 'True' || name.text === 'False' || name.text === 'None')) {
        throw p.error(name.from, eq.to, `cannot assign to ${name.text}`);
      }
      if (p.atAny(',', ')')) throw p.error(name.from, eq.to, 'expected argument value expression');
      const value = expression(p);
      if (atFor(p)) throw p.error(name.from, eq.to, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      keywords.push({ type: 'keyword', name: name.text, value, from: name.from, to: value.to });
      sawKeyword = true;
    } else {
      const value = positional(p);
      if (atFor(p) && isClass) throw p.generic();
      if (atFor(p)) {
        const generators = comprehensionClauses(p);
        const genexp: Expr = { type: 'GeneratorExp', elt: value, generators, from: value.from, to: p.last.to };
        if (args.length || keywords.length || !p.at(')')) throw p.error(genexp.from, genexp.to, 'Generator expression must be parenthesized');
        args.push(genexp);
      } else {
        if ((sawKeyword || sawDoubleStar) && !misplaced) misplaced = { arg: value, afterUnpacking: sawDoubleStar };
        args.push(value);
      }
    }
    if (!p.eat(',')) break;
  }
  if (misplaced && p.noInvalid === 0) {
    const { arg, afterUnpacking } = misplaced;
    const text = p.src.slice(arg.from, arg.to);
    const which = text.length <= 30 && !/[\n\r]/.test(text) ? `\`${text}\`` : `the argument on line ${p.lineOf(arg.from)}`;
    throw p.errorAt(p.tok, `positional argument follows keyword argument${afterUnpacking ? ' unpacking' : ''}: put ${which} before the ${afterUnpacking ? '**' : 'name='}… arguments`);
  }
  const close = p.expect(')');
  return { args, keywords, to: close.to };
}

/** `a`, `a:b:c`, `*a` (3.11), comma-separated: a tuple when there is a comma or a star. */
function slices(p: Parser): Expr {
  const first = sliceItem(p);
  if (!p.at(',')) return first.type === 'Starred' ? { type: 'Tuple', elts: [first], parenthesized: false, from: first.from, to: first.to } : first;
  const elts = [first];
  while (p.eat(',')) {
    if (p.at(']')) break;
    elts.push(sliceItem(p));
  }
  return { type: 'Tuple', elts, parenthesized: false, from: first.from, to: elts[elts.length - 1]!.to };
}

function sliceItem(p: Parser): Expr {
  const t = p.tok;
  if (p.at('*')) {
    p.next();
    const value = expression(p);
    return { type: 'Starred', value, from: t.from, to: value.to };
  }
  let lower: Expr | null = null;
  if (!p.at(':')) {
    lower = namedExpression(p);
    if (!p.at(':')) return lower;
  }
  const colon = p.next();
  const upper = p.atAny(':', ']', ',') ? null : expression(p);
  let step: Expr | null = null;
  let to = upper ? upper.to : colon.to;
  if (p.at(':')) {
    to = p.next().to;
    step = p.atAny(']', ',') ? null : expression(p);
    if (step) to = step.to;
  }
  return { type: 'Slice', lower, upper, step, from: lower ? lower.from : t.from, to };
}
