import type { Arg, Arguments, Expr, TypeParam } from './ast.ts';
import { bitwiseOr, expression } from './parse-expressions.ts';
import type { Parser } from './parser-core.ts';

/**
 * Parameter lists of `def` and `lambda` (`/`, `*`, `**`, defaults, annotations) with CPython's
 * messages for their rules, and PEP 695 type parameters (`def f[T]`, `class C[T]`).
 */
function parameter(p: Parser, annotations: boolean, starAnnotation: boolean): Arg {
  const name = p.name();
  let annotation: Expr | null = null;
  if (annotations && p.eat(':')) {
    if (starAnnotation && p.at('*')) {
      const star = p.next();
      const value = bitwiseOr(p);
      annotation = { type: 'Starred', value, from: star.from, to: value.to };
    } else annotation = expression(p);
  }
  return { type: 'arg', name: name.text, annotation, from: name.from, to: p.last.to };
}

/** `(a, b)` among the parameters: Python 2's tuple parameters. */
function parenthesizedParameters(p: Parser, lambda: boolean): Error {
  const open = p.tok;
  let k = 1;
  while (p.peek(k).kind === 'name' && (p.peek(k + 1).text === ',' || p.peek(k + 1).text === ')')) {
    k += 2;
    if (p.peek(k - 1).text === ')') return p.error(open.from, p.peek(k - 1).to, `${lambda ? 'Lambda expression' : 'Function'} parameters cannot be parenthesized`);
  }
  return p.generic();
}

function parameters(p: Parser, closer: string, annotations: boolean): Arguments {
  const args: Arguments = { type: 'arguments', posonly: [], args: [], vararg: null, kwonly: [], kwarg: null, defaults: [], from: p.tok.from, to: p.tok.from };
  let sawSlash = false;
  let sawStar = false;
  let sawDefault = false;
  let any = false;
  while (!p.at(closer)) {
    const t = p.tok;
    if (args.kwarg && (p.atName() || p.atAny('*', '**', '/'))) throw p.errorAt(t, 'arguments cannot follow var-keyword argument');
    if (p.at('/')) {
      if (!any) throw p.errorAt(t, 'at least one argument must precede /');
      if (sawSlash) throw p.errorAt(t, '/ may appear only once');
      if (sawStar) throw p.errorAt(t, '/ must be ahead of *');
      p.next();
      sawSlash = true;
      args.posonly = args.args;
      args.args = [];
    } else if (p.at('*')) {
      if (sawStar) throw p.errorAt(t, '* argument may appear only once');
      p.next();
      sawStar = true;
      if (p.at(',') || p.at(closer)) {
        const after = p.at(',') ? p.peek(1) : p.tok;
        if (p.at(closer) || after.text === closer || after.text === '**') throw p.errorAt(t, 'named arguments must follow bare *');
      } else {
        args.vararg = parameter(p, annotations, true);
        if (p.at('=')) throw p.errorAt(p.tok, 'var-positional argument cannot have default value');
      }
    } else if (p.at('**')) {
      p.next();
      args.kwarg = parameter(p, annotations, false);
      if (p.at('=')) throw p.errorAt(p.tok, 'var-keyword argument cannot have default value');
    } else if (p.atName()) {
      const arg = parameter(p, annotations, false);
      let hasDefault = false;
      if (p.at('=')) {
        const eq = p.next();
        if (p.atAny(',', closer)) throw p.errorAt(eq, 'expected default value expression');
        args.defaults.push(expression(p));
        hasDefault = true;
      }
      if (sawStar) args.kwonly.push(arg);
      else {
        if (!hasDefault && sawDefault) {
          if (!p.atAny(',', closer)) throw p.generic();
          throw p.errorAt(t, `parameter without a default follows parameter with a default: give '${arg.name}' a default or move it before them`);
        }
        sawDefault ||= hasDefault;
        args.args.push(arg);
      }
    } else if (p.at('(')) {
      throw parenthesizedParameters(p, !annotations);
    } else throw p.generic();
    any = true;
    if (!p.eat(',')) break;
  }
  args.to = p.last.to;
  return args;
}

export function functionParameters(p: Parser): Arguments {
  return parameters(p, ')', true);
}

export function lambdaParameters(p: Parser): Arguments {
  return parameters(p, ':', false);
}

/** `[T, *Ts, **P, U: bound]` after a def's, class's or type alias's name. */
export function typeParameters(p: Parser): TypeParam[] {
  p.next();
  const out: TypeParam[] = [];
  while (!p.at(']')) {
    const star = p.eat('*') ?? p.eat('**');
    const name = p.name();
    let bound: Expr | null = null;
    if (!star && p.eat(':')) bound = expression(p);
    out.push({ type: 'typeparam', name: name.text, bound, from: (star ?? name).from, to: p.last.to });
    if (!p.eat(',')) break;
  }
  if (!out.length) throw p.generic('a type parameter list cannot be empty');
  p.expect(']');
  return out;
}
