import type { Expr } from './ast.ts';
import { atFor, comprehensionClauses } from './parse-comprehensions.ts';
import { bitwiseOr, expression, starNamedExpression, yieldExpression } from './parse-expressions.ts';
import { strings } from './parse-strings.ts';
import type { Parser } from './parser-core.ts';

/**
 * Atoms: names, literals, and the bracketed forms (tuples, groups, generator expressions,
 * lists, sets, dicts and their comprehensions), with CPython's explanations of their mistakes.
 */
export function atom(p: Parser): Expr {
  const t = p.tok;
  switch (t.kind) {
    case 'name':
      if (t.text === 'None' || t.text === 'True' || t.text === 'False') {
        p.next();
        return { type: 'Constant', kind: t.text, from: t.from, to: t.to };
      }
      if (!p.atName()) break;
      p.next();
      return { type: 'Name', id: t.text, from: t.from, to: t.to };
    case 'number':
      p.next();
      return { type: 'Constant', kind: 'number', from: t.from, to: t.to };
    case 'string':
    case 'fstring-start':
      return strings(p);
    case 'op':
      if (t.text === '(') return parenthesized(p);
      if (t.text === '[') return listDisplay(p);
      if (t.text === '{') return braceDisplay(p);
      if (t.text === '...') {
        p.next();
        return { type: 'Constant', kind: 'Ellipsis', from: t.from, to: t.to };
      }
      break;
    default:
      break;
  }
  throw p.generic();
}

function starredInComprehension(p: Parser, e: Expr): void {
  if (e.type === 'Starred') throw p.error(e.from, e.to, 'iterable unpacking cannot be used in comprehension');
}

function parenthesized(p: Parser): Expr {
  const open = p.next();
  if (p.at(')')) {
    const close = p.next();
    return { type: 'Tuple', elts: [], parenthesized: true, from: open.from, to: close.to, inParens: true };
  }
  if (p.at('yield')) {
    const y = yieldExpression(p);
    p.expect(')');
    return { ...y, inParens: true };
  }
  if (p.at('**') && p.noInvalid === 0) {
    const star = p.tok;
    throw p.error(star.from, star.to, 'cannot use double starred expression here');
  }
  const first = starNamedExpression(p);
  if (atFor(p)) {
    starredInComprehension(p, first);
    const generators = comprehensionClauses(p);
    const close = p.expect(')');
    return { type: 'GeneratorExp', elt: first, generators, from: open.from, to: close.to, inParens: true };
  }
  if (p.at(')')) {
    if (first.type === 'Starred') throw p.error(first.from, first.to, 'cannot use starred expression here');
    p.next();
    return { ...first, inParens: true };
  }
  if (!p.at(',')) throw p.generic();
  const elts = [first];
  while (p.eat(',')) {
    if (p.at(')')) break;
    elts.push(starNamedExpression(p));
  }
  const close = p.expect(')');
  return { type: 'Tuple', elts, parenthesized: true, from: open.from, to: close.to, inParens: true };
}

function forgotParentheses(p: Parser, elts: Expr[]): Error {
  return p.error(elts[0]!.from, elts[elts.length - 1]!.to, 'did you forget parentheses around the comprehension target?');
}

function listDisplay(p: Parser): Expr {
  const open = p.next();
  if (p.at(']')) {
    const close = p.next();
    return { type: 'List', elts: [], from: open.from, to: close.to };
  }
  const first = starNamedExpression(p);
  if (atFor(p)) {
    starredInComprehension(p, first);
    const generators = comprehensionClauses(p);
    const close = p.expect(']');
    return { type: 'ListComp', elt: first, generators, from: open.from, to: close.to };
  }
  const elts = [first];
  while (p.eat(',')) {
    if (p.at(']')) break;
    elts.push(starNamedExpression(p));
  }
  if (atFor(p) && elts.length > 1 && p.noInvalid === 0) throw forgotParentheses(p, elts);
  const close = p.expect(']');
  return { type: 'List', elts, from: open.from, to: close.to };
}

/** A dict value after `key:`: not starred, not missing. */
function dictValue(p: Parser): Expr {
  const colon = p.last;
  if (p.noInvalid === 0) {
    if (p.at('*')) throw p.error(p.tok.from, p.tok.to, 'cannot use a starred expression in a dictionary value');
    if (p.atAny('}', ',')) throw p.error(colon.from, colon.to, "expression expected after dictionary key and ':'");
  }
  const value = expression(p);
  const before = p.tokens[p.pos - 2];
  if (p.noInvalid === 0 && p.at(':') && value.type === 'Constant' && value.kind === 'string' && before && before.line < p.last.line) {
    // `"a": "x"` then `"b": 2` on the next line with no comma: the two strings were joined.
    throw p.errorAt(p.tok, `invalid syntax. Perhaps you forgot a comma at the end of line ${before.line}? (strings next to each other are joined into one)`);
  }
  return value;
}

function braceDisplay(p: Parser): Expr {
  const open = p.next();
  if (p.at('}')) {
    const close = p.next();
    return { type: 'Dict', keys: [], values: [], from: open.from, to: close.to };
  }
  let firstKey: Expr | null;
  let firstValue: Expr;
  if (p.at('**')) {
    p.next();
    firstKey = null;
    firstValue = bitwiseOr(p);
    if (atFor(p) && p.noInvalid === 0) throw p.error(open.from, p.tok.to, 'dict unpacking cannot be used in dict comprehension');
  } else {
    const first = starNamedExpression(p);
    if (!p.at(':') || first.type === 'Starred' || (first.type === 'NamedExpr' && !first.inParens)) return setDisplay(p, open.from, first);
    p.next();
    firstKey = first;
    firstValue = dictValue(p);
    if (atFor(p)) {
      const generators = comprehensionClauses(p);
      const close = p.expect('}');
      return { type: 'DictComp', key: first, value: firstValue, generators, from: open.from, to: close.to };
    }
  }
  const keys: (Expr | null)[] = [firstKey];
  const values = [firstValue];
  while (p.eat(',')) {
    if (p.at('}')) break;
    if (p.eat('**')) {
      keys.push(null);
      values.push(bitwiseOr(p));
      continue;
    }
    const key = expression(p);
    if (!p.at(':')) {
      if (p.noInvalid === 0) throw p.error(key.from, key.to, "':' expected after dictionary key");
      throw p.generic();
    }
    p.next();
    keys.push(key);
    values.push(dictValue(p));
  }
  const close = p.expect('}');
  return { type: 'Dict', keys, values, from: open.from, to: close.to };
}

function setDisplay(p: Parser, from: number, first: Expr): Expr {
  if (atFor(p)) {
    starredInComprehension(p, first);
    const generators = comprehensionClauses(p);
    const close = p.expect('}');
    return { type: 'SetComp', elt: first, generators, from, to: close.to };
  }
  const elts = [first];
  while (p.eat(',')) {
    if (p.at('}')) break;
    elts.push(starNamedExpression(p));
  }
  if (atFor(p) && elts.length > 1 && p.noInvalid === 0) throw forgotParentheses(p, elts);
  const close = p.expect('}');
  return { type: 'Set', elts, from, to: close.to };
}

