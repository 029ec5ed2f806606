import type { Expr, ExceptHandler, Stmt, WithItem } from './ast.ts';
import { callArguments } from './parse-primary.ts';
import { forTargets } from './parse-comprehensions.ts';
import { expression, namedExpression, starExpressions } from './parse-expressions.ts';
import { functionParameters, typeParameters } from './parse-parameters.ts';
import { simpleStatements, statements } from './parse-statements.ts';
import type { Parser } from './parser-core.ts';
import { cannotAssign, invalidTarget } from './targets.ts';
import type { Token } from './tokens.ts';

/**
 * Compound statements: if, while, for, with, try, def, class (and their async and decorated
 * forms), their headers' colons and their indented blocks.
 */

/**
 * The ':' ending a header. CPython says "expected ':'" when the line ends there instead, or
 * anywhere for the headers whose grammar forces the colon (`def`, `try`, `else`, `finally`).
 */
export function headerColon(p: Parser, keyword: string, forced = false): Token {
  if (p.at(':')) return p.next();
  if (p.atKind('newline')) throw p.errorAt(p.last, `expected ':' at the end of the '${keyword}' line`);
  if (forced) throw p.errorAt(p.tok, `expected ':' after '${keyword}'${p.atKind('name') || p.atKind('op') ? `, not \`${p.tok.text}\`` : ''}`);
  throw p.generic(`expected ':' to end the '${keyword}' line`);
}

/** The body after a header's ':': an indented block, or simple statements on the same line. */
export function block(p: Parser, header: Token, what: string): Stmt[] {
  if (!p.atKind('newline')) return simpleStatements(p);
  p.next();
  if (!p.atKind('indent')) throw p.errorAt(p.tok, `expected an indented block after ${what} on line ${header.line}`);
  p.next();
  const body = statements(p, true);
  p.next();
  return body;
}

function elseBlock(p: Parser): Stmt[] {
  if (!p.at('else')) return [];
  const kw = p.next();
  headerColon(p, 'else', true);
  return block(p, kw, "'else' statement");
}

function ifStatement(p: Parser, kw: Token): Stmt {
  p.next();
  const test = namedExpression(p);
  headerColon(p, kw.text);
  const body = block(p, kw, `'${kw.text}' statement`);
  const orelse = p.at('elif') ? [ifStatement(p, p.tok)] : elseBlock(p);
  return { type: 'If', test, body, orelse, from: kw.from, to: p.last.to };
}

function whileStatement(p: Parser, kw: Token): Stmt {
  p.next();
  const test = namedExpression(p);
  headerColon(p, 'while');
  const body = block(p, kw, "'while' statement");
  return { type: 'While', test, body, orelse: elseBlock(p), from: kw.from, to: p.last.to };
}

function forStatement(p: Parser, kw: Token, isAsync: boolean): Stmt {
  p.next();
  const target = forTargets(p);
  p.expect('in', "invalid syntax: expected 'in' after the loop variables");
  const iter = starExpressions(p);
  headerColon(p, 'for');
  const body = block(p, kw, "'for' statement");
  return { type: 'For', target, iter, body, orelse: elseBlock(p), isAsync, from: kw.from, to: p.last.to };
}

function withItem(p: Parser): WithItem {
  const context = expression(p);
  let target: Expr | null = null;
  if (p.eat('as')) {
    if (p.at('*')) {
      const star = p.next();
      const value = expression(p);
      target = { type: 'Starred', value, from: star.from, to: value.to };
    } else target = expression(p);
    const bad = invalidTarget(target, 'assign');
    if (bad && p.noInvalid === 0) throw p.error(bad.from, bad.to, cannotAssign(bad, 'assign'));
  }
  return { type: 'withitem', context, target, from: context.from, to: p.last.to };
}

function withStatement(p: Parser, kw: Token, isAsync: boolean): Stmt {
  p.next();
  // `with (a as b, c as d):` or a parenthesized expression: try the first, as CPython does.
  let items: WithItem[] | null = null;
  if (p.at('(')) {
    items = p.attempt(() => {
      p.next();
      const list = [withItem(p)];
      while (p.eat(',')) {
        if (p.at(')')) break;
        list.push(withItem(p));
      }
      p.expect(')');
      if (!p.at(':')) throw p.generic();
      return list;
    });
  }
  if (!items) {
    items = [withItem(p)];
    while (p.eat(',')) items.push(withItem(p));
  }
  headerColon(p, 'with');
  const body = block(p, kw, "'with' statement");
  return { type: 'With', items, body, isAsync, from: kw.from, to: p.last.to };
}

function exceptClause(p: Parser, sawStar: boolean | null): { handler: ExceptHandler; star: boolean } {
  const kw = p.next();
  const star = p.eat('*');
  if (sawStar !== null && sawStar !== (star !== null)) {
    throw p.error(kw.from, (star ?? kw).to, "cannot have both 'except' and 'except*' on the same 'try'");
  }
  let kind: Expr | null = null;
  let name: string | null = null;
  if (star && (p.at(':') || p.atKind('newline'))) throw p.errorAt(p.tok, "expected one or more exception types after 'except*'");
  if (!p.at(':') && !p.atKind('newline')) {
    kind = expression(p);
    if (p.at(',')) throw p.error(kind.from, p.tok.to, 'multiple exception types must be parenthesized: except (A, B):');
    if (p.eat('as')) name = p.name().text;
  }
  const keyword = star ? 'except*' : 'except';
  headerColon(p, keyword);
  const body = block(p, kw, `'${keyword}' statement`);
  return { handler: { type: 'excepthandler', kind, name, body, from: kw.from, to: p.last.to }, star: star !== null };
}

function tryStatement(p: Parser, kw: Token): Stmt {
  p.next();
  headerColon(p, 'try', true);
  const body = block(p, kw, "'try' statement");
  if (!p.atAny('except', 'finally')) throw p.errorAt(p.tok, "expected 'except' or 'finally' block after the 'try' block");
  const handlers: ExceptHandler[] = [];
  let sawStar: boolean | null = null;
  while (p.at('except')) {
    const clause = exceptClause(p, sawStar);
    sawStar = clause.star;
    handlers.push(clause.handler);
  }
  const orelse = handlers.length ? elseBlock(p) : [];
  let finalbody: Stmt[] = [];
  if (p.at('finally')) {
    const fin = p.next();
    headerColon(p, 'finally', true);
    finalbody = block(p, fin, "'finally' statement");
  }
  return { type: 'Try', body, handlers, orelse, finalbody, isStar: sawStar === true, from: kw.from, to: p.last.to };
}

function functionDefinition(p: Parser, start: Token, decorators: Expr[], isAsync: boolean): Stmt {
  const kw = p.next();
  if (p.atKind('newline')) throw p.errorAt(kw, "expected a name after 'def'");
  const name = p.name();
  // Type parameters are optional and the '(' is forced: CPython expects '(' where they fail.
  const bracket = p.tok;
  const typeParams = p.at('[') ? p.attempt(() => typeParameters(p), (e) => e.generic) : [];
  if (!typeParams || !p.at('(')) throw p.errorAt(typeParams ? p.tok : bracket, "expected '(' after the function's name");
  p.next();
  const args = functionParameters(p);
  p.expect(')');
  const returns = p.eat('->') ? expression(p) : null;
  headerColon(p, 'def', true);
  const body = block(p, kw, 'function definition');
  return { type: 'FunctionDef', decorators, name: name.text, typeParams, args, returns, body, isAsync, from: start.from, to: p.last.to };
}

function classDefinition(p: Parser, start: Token, decorators: Expr[]): Stmt {
  const kw = p.next();
  if (p.atKind('newline')) throw p.errorAt(kw, "expected a name after 'class'");
  const name = p.name();
  const typeParams = p.at('[') ? typeParameters(p) : [];
  const call = p.at('(') ? callArguments(p, true) : null;
  headerColon(p, 'class');
  const body = block(p, kw, 'class definition');
  return { type: 'ClassDef', decorators, name: name.text, typeParams, bases: call?.args ?? [], keywords: call?.keywords ?? [], body, from: start.from, to: p.last.to };
}

function decorated(p: Parser): Stmt {
  const start = p.tok;
  const decorators: Expr[] = [];
  while (p.at('@')) {
    p.next();
    decorators.push(namedExpression(p));
    if (!p.atKind('newline')) throw p.generic();
    p.next();
  }
  if (p.at('def')) return functionDefinition(p, start, decorators, false);
  if (p.at('async') && p.peek(1).text === 'def') {
    p.next();
    return functionDefinition(p, start, decorators, true);
  }
  if (p.at('class')) return classDefinition(p, start, decorators);
  throw p.generic('a decorator must be followed by a def or a class');
}

/** A compound statement at the cursor, or null when it starts a simple statement. */
export function compoundStatement(p: Parser): Stmt | null {
  const t = p.tok;
  if (t.kind === 'op' && t.text === '@') return decorated(p);
  if (t.kind !== 'name') return null;
  switch (t.text) {
    case 'if':
      return ifStatement(p, t);
    case 'while':
      return whileStatement(p, t);
    case 'for':
      return forStatement(p, t, false);
    case 'with':
      return withStatement(p, t, false);
    case 'try':
      return tryStatement(p, t);
    case 'def':
      return functionDefinition(p, t, [], false);
    case 'class':
      return classDefinition(p, t, []);
    case 'async': {
      const next = p.peek(1);
      if (next.text === 'def') {
        p.next();
        return functionDefinition(p, t, [], true);
      }
      if (next.text === 'for' || next.text === 'with') {
        p.next();
        return next.text === 'for' ? forStatement(p, t, true) : withStatement(p, t, true);
      }
      p.next();
      throw p.generic("'async' must be followed by def, for or with");
    }
    default:
      return null;
  }
}
