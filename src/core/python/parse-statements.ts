import type { Alias, Expr, Stmt } from './ast.ts';
import { compoundStatement } from './parse-compound.ts';
import { expression, starExpressions, yieldExpression } from './parse-expressions.ts';
import { matchStatement } from './parse-match.ts';
import { typeParameters } from './parse-parameters.ts';
import { ParseError, type Parser } from './parser-core.ts';
import { cannotAssign, expressionName, invalidTarget, suggestsEquals } from './targets.ts';
import type { Token } from './tokens.ts';

/**
 * Statements: the statement lists of the snippet and of blocks (where errors are caught, so
 * parsing goes on after one), simple statements and assignments with their target rules.
 */
const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=', '>>=', '<<=', '**=']);
const CLAUSES = new Set(['elif', 'else', 'except', 'finally']);

/** After an error: on to the next statement (past the rest of the line and a block under it). */
function recover(p: Parser, start: number): void {
  const atStatementStart = p.pos > start && (p.last.kind === 'newline' || p.last.kind === 'dedent');
  if (!atStatementStart && !p.atKind('indent')) p.skipLine();
  p.skipIndentedBlock();
  // A broken compound statement's other clauses would only echo its error.
  while (p.atKind('name') && CLAUSES.has(p.tok.text)) {
    p.skipLine();
    p.skipIndentedBlock();
  }
}

/** Statements up to the end of a block (a DEDENT, left for the caller) or of the snippet. */
export function statements(p: Parser, inBlock: boolean): Stmt[] {
  const out: Stmt[] = [];
  for (;;) {
    const t = p.tok;
    if (t.kind === 'end') return out;
    if (t.kind === 'dedent') {
      if (inBlock) return out;
      p.next();
      continue;
    }
    const start = p.pos;
    try {
      out.push(...statement(p));
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      p.recordError(e);
      recover(p, start);
    }
  }
}

function statement(p: Parser): Stmt[] {
  const t = p.tok;
  if (t.kind === 'indent') throw p.unexpectedIndent(t);
  if (t.kind === 'name') {
    if (t.text === 'else' || t.text === 'elif') throw p.errorAt(t, `invalid syntax: '${t.text}' has no matching 'if' (or 'for', 'while', 'try') at the same indentation`);
    if (t.text === 'except' || t.text === 'finally') throw p.errorAt(t, `invalid syntax: '${t.text}' has no matching 'try' at the same indentation`);
    if (t.text === 'match') {
      const match = matchStatement(p);
      if (match) return [match];
    }
  }
  const compound = compoundStatement(p);
  if (compound) return [compound];
  return simpleStatements(p);
}

/** Simple statements separated by ';', up to the end of the line. */
export function simpleStatements(p: Parser): Stmt[] {
  const out = [simpleStatement(p)];
  while (p.eat(';')) {
    if (p.atKind('newline')) break;
    out.push(simpleStatement(p));
  }
  if (!p.atKind('newline')) throw p.generic(statementEndHint(p));
  p.next();
  return out;
}

/** What to add to "invalid syntax" when a statement is followed by more on its line. */
function statementEndHint(p: Parser): string | undefined {
  if (p.at(':=')) return "':=' needs parentheses here: write (name := value), or use '='";
  if (p.tok.kind === 'name' || p.tok.kind === 'number' || p.tok.kind === 'string' || p.tok.kind === 'fstring-start') {
    return 'is an operator or a comma missing before it?';
  }
  return undefined;
}

function keywordStatement(p: Parser, kw: Token): Stmt | null {
  const span = (to: number) => ({ from: kw.from, to });
  switch (kw.text) {
    case 'pass':
    case 'break':
    case 'continue':
      p.next();
      return { type: kw.text === 'pass' ? 'Pass' : kw.text === 'break' ? 'Break' : 'Continue', ...span(kw.to) };
    case 'return': {
      p.next();
      const value = p.atKind('newline') || p.at(';') ? null : starExpressions(p);
      return { type: 'Return', value, ...span(p.last.to) };
    }
    case 'raise': {
      p.next();
      const exc = p.atKind('newline') || p.at(';') ? null : expression(p);
      const cause = exc && p.eat('from') ? expression(p) : null;
      return { type: 'Raise', exc, cause, ...span(p.last.to) };
    }
    case 'assert': {
      p.next();
      const test = expression(p);
      const msg = p.eat(',') ? expression(p) : null;
      return { type: 'Assert', test, msg, ...span(p.last.to) };
    }
    case 'global':
    case 'nonlocal': {
      p.next();
      const names = [p.name().text];
      while (p.eat(',')) names.push(p.name().text);
      return { type: kw.text === 'global' ? 'Global' : 'Nonlocal', names, ...span(p.last.to) };
    }
    case 'del':
      return deleteStatement(p, kw);
    case 'import':
      return importStatement(p, kw);
    case 'from':
      return fromImport(p, kw);
    case 'type': {
      const name = p.peek(1);
      if (name.kind !== 'name' || !(p.peek(2).text === '=' || p.peek(2).text === '[')) return null;
      p.next();
      p.next();
      const typeParams = p.at('[') ? typeParameters(p) : [];
      p.expect('=');
      const value = expression(p);
      return { type: 'TypeAlias', name: { type: 'Name', id: name.text, from: name.from, to: name.to }, typeParams, value, ...span(value.to) };
    }
    default:
      return null;
  }
}

function simpleStatement(p: Parser): Stmt {
  const t = p.tok;
  return (t.kind === 'name' && keywordStatement(p, t)) || expressionStatement(p);
}

function deleteStatement(p: Parser, kw: Token): Stmt {
  p.next();
  const targets = starExpressions(p);
  const list = targets.type === 'Tuple' && !targets.inParens ? targets.elts : [targets];
  for (const target of list) {
    const bad = invalidTarget(target, 'delete');
    if (bad) throw p.error(bad.from, bad.to, cannotAssign(bad, 'delete'));
  }
  return { type: 'Delete', targets: list, from: kw.from, to: targets.to };
}

function dottedName(p: Parser): string {
  let name = p.name().text;
  while (p.eat('.')) name += '.' + p.name().text;
  return name;
}

function alias(p: Parser, dotted: boolean): Alias {
  const start = p.tok;
  const name = dotted ? dottedName(p) : p.name().text;
  const asname = p.eat('as') ? p.name().text : null;
  return { type: 'alias', name, asname, from: start.from, to: p.last.to };
}

function importStatement(p: Parser, kw: Token): Stmt {
  p.next();
  if (p.atKind('newline')) throw p.errorAt(kw, "expected a module name after 'import'");
  const names = [alias(p, true)];
  while (p.eat(',')) names.push(alias(p, true));
  if (p.at('from') && p.noInvalid === 0) throw p.error(kw.from, p.tok.to, "Did you mean to use 'from ... import ...' instead?");
  return { type: 'Import', names, from: kw.from, to: p.last.to };
}

function fromImport(p: Parser, kw: Token): Stmt {
  p.next();
  let level = 0;
  while (p.atAny('.', '...')) level += p.next().text.length;
  if (p.atKind('newline')) throw p.errorAt(kw, "expected a module name after 'from'");
  const module = level && p.at('import') ? null : dottedName(p);
  p.expect('import', "invalid syntax: expected 'import' after the module name");
  const names: Alias[] = [];
  if (p.at('*')) {
    const star = p.next();
    names.push({ type: 'alias', name: '*', asname: null, from: star.from, to: star.to });
  } else if (p.eat('(')) {
    do {
      if (p.at(')')) break;
      names.push(alias(p, false));
    } while (p.eat(','));
    p.expect(')');
  } else {
    if (p.atKind('newline')) throw p.errorAt(p.last, "expected a name after 'import'");
    names.push(alias(p, false));
    while (p.eat(',')) {
      if (p.atKind('newline')) throw p.errorAt(p.last, 'trailing comma not allowed without surrounding parentheses');
      names.push(alias(p, false));
    }
  }
  return { type: 'ImportFrom', module, names, level, from: kw.from, to: p.last.to };
}

function rightHandSide(p: Parser): Expr {
  return p.at('yield') ? yieldExpression(p) : starExpressions(p);
}

function annotatedAssignment(p: Parser, target: Expr): Stmt {
  p.next();
  // CPython judges the target once the annotation has parsed.
  const annotation = expression(p);
  if (target.type === 'Tuple' || target.type === 'List') {
    throw p.error(target.from, target.to, `only single target (not ${target.type === 'Tuple' ? 'tuple' : 'list'}) can be annotated`);
  }
  if (target.type !== 'Name' && target.type !== 'Attribute' && target.type !== 'Subscript') throw p.error(target.from, target.to, 'illegal target for annotation');
  const value = p.eat('=') ? rightHandSide(p) : null;
  return { type: 'AnnAssign', target, annotation, value, simple: target.type === 'Name' && !target.inParens, from: target.from, to: p.last.to };
}

/** `targets = value`: CPython's messages for what cannot be assigned to. */
function assignment(p: Parser, first: Expr): Stmt {
  const parts = [first];
  let afterEquals: Token | null = null;
  while (p.at('=')) {
    p.next();
    afterEquals ??= p.tok;
    parts.push(rightHandSide(p));
  }
  const value = parts.pop()!;
  for (const target of parts) {
    if (target.type === 'Yield' || target.type === 'YieldFrom') throw p.error(target.from, target.to, 'assignment to yield expression not possible');
    const bad = invalidTarget(target, 'assign');
    if (!bad) continue;
    const adjacent = target.type === 'Tuple' && !target.inParens ? target.elts[target.elts.length - 1]! : target;
    const plainValue = afterEquals && !(afterEquals.kind === 'name' && ['lambda', 'not', 'yield'].includes(afterEquals.text)) && afterEquals.text !== '*';
    if (parts.length === 1 && bad === adjacent && plainValue && suggestsEquals(bad)) {
      throw p.error(bad.from, bad.to, `cannot assign to ${expressionName(bad)} here. Maybe you meant '==' instead of '='?`);
    }
    throw p.error(bad.from, bad.to, cannotAssign(bad, 'assign'));
  }
  return { type: 'Assign', targets: parts, value, from: first.from, to: value.to };
}

function expressionStatement(p: Parser): Stmt {
  const first = rightHandSide(p);
  if (p.at(':')) return annotatedAssignment(p, first);
  if (p.at('=')) return assignment(p, first);
  if (p.atKind('op') && AUGMENTED.has(p.tok.text)) {
    if (first.type !== 'Name' && first.type !== 'Attribute' && first.type !== 'Subscript') {
      throw p.error(first.from, first.to, `'${expressionName(first)}' is an illegal expression for augmented assignment`);
    }
    p.next();
    const value = rightHandSide(p);
    return { type: 'AugAssign', target: first, value, from: first.from, to: value.to };
  }
  return { type: 'Expr', value: first, from: first.from, to: first.to };
}
