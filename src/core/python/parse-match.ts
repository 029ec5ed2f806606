import type { Expr, MatchCase, Pattern, Stmt } from './ast.ts';
import { block, headerColon } from './parse-compound.ts';
import { namedExpression, starNamedExpression } from './parse-expressions.ts';
import { simpleStatements } from './parse-statements.ts';
import { strings } from './parse-strings.ts';
import { ParseError, type Parser } from './parser-core.ts';

/**
 * `match` statements (soft keyword: `match(x)` and `match = 1` stay expressions) and their
 * patterns, as CPython 3.12 parses them.
 */
function subject(p: Parser): Expr {
  const first = starNamedExpression(p);
  if (!p.at(',')) return first;
  const elts = [first];
  while (p.eat(',')) {
    if (p.at(':') || p.atKind('newline')) break;
    elts.push(starNamedExpression(p));
  }
  return { type: 'Tuple', elts, parenthesized: false, from: first.from, to: elts[elts.length - 1]!.to };
}

/** A match statement at the cursor, or null (the cursor unmoved) when it is not one. */
export function matchStatement(p: Parser): Stmt | null {
  const start = p.pos;
  const kw = p.next();
  const subjectExpr = p.attempt(() => subject(p));
  if (!subjectExpr || !(p.at(':') || p.atKind('newline'))) {
    p.pos = start;
    return null;
  }
  if (p.atKind('newline')) {
    // `match(x)` is a call; `match x` is a match statement missing its ':'.
    p.pos = start;
    if (p.attempt(() => simpleStatements(p))) {
      p.pos = start;
      return null;
    }
    throw p.error(kw.from, kw.to, "expected ':' at the end of the 'match' line");
  }
  p.next();
  if (!p.atKind('newline')) {
    p.pos = start;
    return null;
  }
  p.next();
  if (!p.atKind('indent')) throw p.errorAt(p.tok, `expected an indented block after 'match' statement on line ${kw.line}`);
  p.next();
  const cases: MatchCase[] = [];
  while (p.at('case')) {
    try {
      cases.push(caseBlock(p));
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      p.recordError(e);
      skipCase(p);
    }
  }
  if (!cases.length || !p.atKind('dedent')) throw p.generic("a 'match' block holds only 'case' blocks");
  p.next();
  return { type: 'Match', subject: subjectExpr, cases, from: kw.from, to: p.last.to };
}

/** After an error in a case: on to the next case (past the rest of its line and its block). */
function skipCase(p: Parser): void {
  if (p.last.kind !== 'newline' && p.last.kind !== 'dedent') p.skipLine();
  p.skipIndentedBlock();
}

function caseBlock(p: Parser): MatchCase {
  const kw = p.next();
  const pattern = patterns(p);
  const guard = p.eat('if') ? namedExpression(p) : null;
  headerColon(p, 'case');
  const body = block(p, kw, "'case' statement");
  return { type: 'match_case', pattern, guard, body, from: kw.from, to: p.last.to };
}

/** The patterns of a case: a sequence when there are commas (`case 1, 2:`). */
function patterns(p: Parser): Pattern {
  const first = maybeStar(p);
  if (!p.at(',')) {
    if (first.type === 'MatchStar') throw p.generic();
    return first;
  }
  const items = [first];
  while (p.eat(',')) {
    if (p.atAny(':', 'if')) break;
    items.push(maybeStar(p));
  }
  return { type: 'MatchSequence', patterns: items, from: first.from, to: items[items.length - 1]!.to };
}

function maybeStar(p: Parser): Pattern {
  if (!p.at('*')) return pattern(p);
  const star = p.next();
  const name = p.name();
  return { type: 'MatchStar', name: name.text === '_' ? null : name.text, from: star.from, to: name.to };
}

function pattern(p: Parser): Pattern {
  const alternatives = [closedPattern(p)];
  while (p.eat('|')) alternatives.push(closedPattern(p));
  let result: Pattern = alternatives.length === 1 ? alternatives[0]! : { type: 'MatchOr', patterns: alternatives, from: alternatives[0]!.from, to: p.last.to };
  while (p.at('as')) {
    p.next();
    if (p.at('_')) throw p.errorAt(p.tok, "cannot use '_' as a target");
    if (!p.atName() || p.peek(1).text === '.' || p.peek(1).text === '(') throw p.errorAt(p.tok, 'invalid pattern target');
    const name = p.next();
    result = { type: 'MatchAs', pattern: result, name: name.text, from: result.from, to: name.to };
  }
  return result;
}

function value(e: Expr): Pattern {
  return { type: 'MatchValue', value: e, from: e.from, to: e.to };
}

/** `1`, `-1`, `1 + 2j`, `-1.5 - 2j` (complex literals need a real part, then an imaginary one). */
function numberPattern(p: Parser): Pattern {
  const start = p.tok;
  if (p.eat('-') && !p.atKind('number')) throw p.generic();
  const real = p.next();
  if (!p.atAny('+', '-')) return value({ type: 'Constant', kind: 'number', from: start.from, to: real.to });
  if (/[jJ]$/.test(real.text)) throw p.errorAt(real, 'real number required in complex literal');
  p.next();
  const imaginary = p.tok;
  if (imaginary.kind !== 'number') throw p.generic();
  if (!/[jJ]$/.test(imaginary.text)) throw p.errorAt(imaginary, 'imaginary number required in complex literal');
  p.next();
  return value({ type: 'BinOp', operands: [], from: start.from, to: imaginary.to });
}

/** `Name` or `a.b.c`. */
function nameOrAttribute(p: Parser): Expr {
  const first = p.name();
  let e: Expr = { type: 'Name', id: first.text, from: first.from, to: first.to };
  while (p.at('.')) {
    p.next();
    const attr = p.name();
    e = { type: 'Attribute', value: e, attr: attr.text, from: first.from, to: attr.to };
  }
  return e;
}

function closedPattern(p: Parser): Pattern {
  const t = p.tok;
  if (t.kind === 'number' || (t.kind === 'op' && t.text === '-')) return numberPattern(p);
  if (t.kind === 'string' || t.kind === 'fstring-start') return value(strings(p));
  if (t.kind === 'name' && (t.text === 'None' || t.text === 'True' || t.text === 'False')) {
    p.next();
    return { type: 'MatchSingleton', value: t.text, from: t.from, to: t.to };
  }
  if (p.atName()) {
    if (t.text === '_' && !p.atAny('.', '(')) {
      p.next();
      if (!p.atAny('.', '(')) return { type: 'MatchAs', pattern: null, name: null, from: t.from, to: t.to };
      throw p.generic();
    }
    const cls = nameOrAttribute(p);
    if (p.at('(')) return classPattern(p, cls);
    if (p.at('=')) throw p.generic();
    if (cls.type === 'Attribute') return value(cls);
    return { type: 'MatchAs', pattern: null, name: t.text, from: t.from, to: t.to };
  }
  if (p.at('(') || p.at('[')) {
    const open = p.next();
    const close = open.text === '(' ? ')' : ']';
    const items: Pattern[] = [];
    let comma = false;
    while (!p.at(close)) {
      items.push(maybeStar(p));
      if (!p.eat(',')) break;
      comma = true;
    }
    const end = p.expect(close);
    if (open.text === '(' && items.length === 1 && !comma && items[0]!.type !== 'MatchStar') return { ...items[0]!, inParens: true };
    return { type: 'MatchSequence', patterns: items, from: open.from, to: end.to };
  }
  if (p.at('{')) return mappingPattern(p);
  throw p.generic();
}

function classPattern(p: Parser, cls: Expr): Pattern {
  p.next();
  const patterns: Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: Pattern[] = [];
  while (!p.at(')')) {
    if (p.atName() && p.peek(1).text === '=') {
      kwdAttrs.push(p.next().text);
      p.next();
      kwdPatterns.push(pattern(p));
    } else {
      const positional = pattern(p);
      if (kwdPatterns.length) throw p.error(positional.from, positional.to, 'positional patterns follow keyword patterns');
      patterns.push(positional);
    }
    if (!p.eat(',')) break;
  }
  const close = p.expect(')');
  return { type: 'MatchClass', cls, patterns, kwdAttrs, kwdPatterns, from: cls.from, to: close.to };
}

function mappingKey(p: Parser): Expr {
  const t = p.tok;
  if (t.kind === 'number' || (t.kind === 'op' && t.text === '-')) {
    const v = numberPattern(p);
    return v.type === 'MatchValue' ? v.value : { type: 'Constant', kind: 'number', from: v.from, to: v.to };
  }
  if (t.kind === 'string' || t.kind === 'fstring-start') return strings(p);
  if (t.kind === 'name' && (t.text === 'None' || t.text === 'True' || t.text === 'False')) {
    p.next();
    return { type: 'Constant', kind: t.text, from: t.from, to: t.to };
  }
  if (p.atName() && p.peek(1).text === '.') return nameOrAttribute(p);
  throw p.generic();
}

function mappingPattern(p: Parser): Pattern {
  const open = p.next();
  const keys: Expr[] = [];
  const patterns: Pattern[] = [];
  let rest: string | null = null;
  while (!p.at('}')) {
    if (rest !== null) throw p.generic();
    if (p.eat('**')) rest = p.name().text;
    else {
      keys.push(mappingKey(p));
      p.expect(':');
      patterns.push(pattern(p));
    }
    if (!p.eat(',')) break;
  }
  const close = p.expect('}');
  return { type: 'MatchMapping', keys, patterns, rest, from: open.from, to: close.to };
}
