import type { Arg, Arguments, Comprehension, Expr, Pattern, Span, Stmt, TypeParam } from './ast.ts';
import { CompileError } from './compile-error.ts';
import { childNodes } from './walk.ts';

/**
 * The errors CPython's symbol table raises: `global` and `nonlocal` rules, duplicate
 * parameters, `yield` in a comprehension, assignment expressions in comprehensions, `import *`
 * in a function. The names each scope binds and uses are collected in source order, as CPython
 * visits them; `nonlocal` names are resolved once everything is known.
 */
const GLOBAL = 1;
const LOCAL = 2;
const PARAM = 4;
const NONLOCAL = 8;
const USE = 16;
const ANNOTATED = 32;
const COMPREHENSION_ITERATION = 64;

type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

class Scope {
  readonly symbols = new Map<string, number>();
  /** Where each name was first declared global or nonlocal (CPython reports errors there). */
  readonly directives = new Map<string, Span>();
  readonly children: Scope[] = [];
  /** Above 0 while visiting a comprehension's iterable evaluated in this scope. */
  iterableDepth = 0;
  /** While visiting a comprehension's loop variables. */
  bindingIteration = false;

  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
    /** For a comprehension: "list comprehension", "generator expression", … */
    readonly description = '',
  ) {
    parent?.children.push(this);
  }

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  add(name: string, flag: number, at: Span): void {
    const old = this.flags(name);
    if (flag & PARAM && old & PARAM) throw new CompileError(at, `duplicate argument '${name}' in function definition`);
    this.symbols.set(name, old | flag);
  }
}

const COMPREHENSION_NAMES: Record<string, string> = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

export function allParameters(args: Arguments): Arg[] {
  return [...args.posonly, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonly, ...(args.kwarg ? [args.kwarg] : [])];
}

function declare(scope: Scope, s: Extract<Stmt, { type: 'Global' | 'Nonlocal' }>): void {
  const kind = s.type === 'Global' ? 'global' : 'nonlocal';
  if (kind === 'nonlocal' && scope.kind === 'module') throw new CompileError(s, 'nonlocal declaration not allowed at module level');
  for (const name of s.names) {
    const flags = scope.flags(name);
    if (flags & PARAM) throw new CompileError(s, `name '${name}' is parameter and ${kind}`);
    if (flags & USE) throw new CompileError(s, `name '${name}' is used prior to ${kind} declaration`);
    if (flags & ANNOTATED) throw new CompileError(s, `annotated name '${name}' can't be ${kind}`);
    if (flags & LOCAL) throw new CompileError(s, `name '${name}' is assigned to before ${kind} declaration`);
    scope.add(name, kind === 'global' ? GLOBAL : NONLOCAL, s);
    if (!scope.directives.has(name)) scope.directives.set(name, s);
  }
}

class SymbolTable {
  readonly module = new Scope('module', null);

  statements(body: Stmt[], scope: Scope): void {
    for (const s of body) this.statement(s, scope);
  }

  /** A def's or class's type parameters live in a scope of their own between it and its parent. */
  private typeParameterScope(params: TypeParam[], scope: Scope): Scope {
    if (!params.length) return scope;
    const inner = new Scope('function', scope);
    for (const p of params) if (p.bound) this.expression(p.bound, inner);
    return inner;
  }

  private statement(s: Stmt, scope: Scope): void {
    switch (s.type) {
      case 'FunctionDef': {
        for (const d of s.decorators) this.expression(d, scope);
        for (const d of s.args.defaults) this.expression(d, scope);
        const outer = this.typeParameterScope(s.typeParams, scope);
        for (const a of allParameters(s.args)) if (a.annotation) this.expression(a.annotation, outer);
        if (s.returns) this.expression(s.returns, outer);
        scope.add(s.name, LOCAL, s);
        const inner = new Scope('function', outer);
        for (const a of allParameters(s.args)) inner.add(a.name, PARAM, a);
        this.statements(s.body, inner);
        return;
      }
      case 'ClassDef': {
        for (const d of s.decorators) this.expression(d, scope);
        const outer = this.typeParameterScope(s.typeParams, scope);
        for (const b of s.bases) this.expression(b, outer);
        for (const k of s.keywords) this.expression(k.value, outer);
        scope.add(s.name, LOCAL, s);
        this.statements(s.body, new Scope('class', outer));
        return;
      }
      case 'Global':
      case 'Nonlocal':
        declare(scope, s);
        return;
      case 'AnnAssign': {
        if (s.target.type === 'Name') {
          const flags = scope.flags(s.target.id);
          if (flags & (GLOBAL | NONLOCAL) && scope.kind !== 'module' && s.simple) {
            throw new CompileError(s, `annotated name '${s.target.id}' can't be ${flags & GLOBAL ? 'global' : 'nonlocal'}`);
          }
          if (s.simple) scope.add(s.target.id, ANNOTATED | LOCAL, s.target);
          else if (s.value) scope.add(s.target.id, LOCAL, s.target);
        } else this.expression(s.target, scope, 'store');
        this.expression(s.annotation, scope);
        if (s.value) this.expression(s.value, scope);
        return;
      }
      case 'Import':
      case 'ImportFrom':
        for (const alias of s.names) {
          if (alias.name === '*') {
            if (scope.kind !== 'module') throw new CompileError(s, 'import * only allowed at module level');
          } else scope.add(alias.asname ?? alias.name.split('.')[0]!, LOCAL, alias);
        }
        return;
      case 'Assign':
        for (const t of s.targets) this.expression(t, scope, 'store');
        this.expression(s.value, scope);
        return;
      case 'AugAssign':
        this.expression(s.target, scope, 'store');
        this.expression(s.value, scope);
        return;
      case 'Delete':
        for (const t of s.targets) this.expression(t, scope, 'store');
        return;
      case 'For':
        this.expression(s.target, scope, 'store');
        this.expression(s.iter, scope);
        this.statements(s.body, scope);
        this.statements(s.orelse, scope);
        return;
      case 'With':
        for (const item of s.items) {
          this.expression(item.context, scope);
          if (item.target) this.expression(item.target, scope, 'store');
        }
        this.statements(s.body, scope);
        return;
      case 'Try':
        this.statements(s.body, scope);
        for (const h of s.handlers) {
          if (h.kind) this.expression(h.kind, scope);
          if (h.name) scope.add(h.name, LOCAL, h);
          this.statements(h.body, scope);
        }
        this.statements(s.orelse, scope);
        this.statements(s.finalbody, scope);
        return;
      case 'Match':
        this.expression(s.subject, scope);
        for (const c of s.cases) {
          this.pattern(c.pattern, scope);
          if (c.guard) this.expression(c.guard, scope);
          this.statements(c.body, scope);
        }
        return;
      case 'TypeAlias':
        this.expression(s.name, scope, 'store');
        this.expression(s.value, this.typeParameterScope(s.typeParams, new Scope('function', scope)));
        return;
      case 'While':
      case 'If':
        this.expression(s.test, scope);
        this.statements(s.body, scope);
        this.statements(s.orelse, scope);
        return;
      case 'Return':
      case 'Expr':
        if (s.value) this.expression(s.value, scope);
        return;
      case 'Raise':
        if (s.exc) this.expression(s.exc, scope);
        if (s.cause) this.expression(s.cause, scope);
        return;
      case 'Assert':
        this.expression(s.test, scope);
        if (s.msg) this.expression(s.msg, scope);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  private pattern(p: Pattern, scope: Scope): void {
    if ((p.type === 'MatchAs' || p.type === 'MatchStar') && p.name) scope.add(p.name, LOCAL, p);
    if (p.type === 'MatchMapping' && p.rest) scope.add(p.rest, LOCAL, p);
    if (p.type === 'MatchValue') this.expression(p.value, scope);
    if (p.type === 'MatchClass') this.expression(p.cls, scope);
    for (const child of childNodes(p)) if (isPattern(child)) this.pattern(child, scope);
  }

  expression(e: Expr, scope: Scope, context: 'load' | 'store' = 'load'): void {
    switch (e.type) {
      case 'Name':
        scope.add(e.id, context === 'load' ? USE : LOCAL | (scope.bindingIteration ? COMPREHENSION_ITERATION : 0), e);
        return;
      case 'Starred':
        this.expression(e.value, scope, context);
        return;
      case 'Tuple':
      case 'List':
        for (const item of e.elts) this.expression(item, scope, context);
        return;
      case 'NamedExpr':
        this.namedExpression(e, scope);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp':
        this.comprehension(e, scope);
        return;
      case 'Lambda': {
        for (const d of e.args.defaults) this.expression(d, scope);
        const inner = new Scope('function', scope);
        for (const a of allParameters(e.args)) inner.add(a.name, PARAM, a);
        this.expression(e.body, inner);
        return;
      }
      case 'Yield':
      case 'YieldFrom':
        if (scope.kind === 'comprehension') throw new CompileError(e, `'yield' inside ${scope.description}`);
        if (e.value) this.expression(e.value, scope);
        return;
      default:
        // Attribute and subscript targets read their object: everything below is a load.
        for (const child of childNodes(e)) {
          if (child.type === 'keyword') this.expression(child.value, scope);
          else if (child.type === 'arguments') continue;
          else this.expression(child as Expr, scope);
        }
    }
  }

  private namedExpression(e: Extract<Expr, { type: 'NamedExpr' }>, scope: Scope): void {
    if (scope.iterableDepth > 0) throw new CompileError(e, 'assignment expression cannot be used in a comprehension iterable expression');
    const name = e.target.type === 'Name' ? e.target.id : '';
    if (scope.kind === 'comprehension') {
      // The name is bound in the nearest enclosing function (or the module), not the comprehension.
      for (let s: Scope | null = scope; s; s = s.parent) {
        if (s.kind === 'comprehension') {
          if (s.flags(name) & COMPREHENSION_ITERATION) throw new CompileError(e.target, `assignment expression cannot rebind comprehension iteration variable '${name}'`);
          continue;
        }
        if (s.kind === 'class') throw new CompileError(e.target, 'assignment expression within a comprehension cannot be used in a class body');
        s.add(name, s.kind === 'module' ? GLOBAL : LOCAL, e.target);
        break;
      }
      this.expression(e.value, scope);
      return;
    }
    this.expression(e.value, scope);
    this.expression(e.target, scope, 'store');
  }

  private comprehension(e: Extract<Expr, { type: 'ListComp' | 'SetComp' | 'GeneratorExp' | 'DictComp' }>, scope: Scope): void {
    const [first, ...rest] = e.generators as [Comprehension, ...Comprehension[]];
    // The first iterable is evaluated outside the comprehension.
    scope.iterableDepth++;
    this.expression(first.iter, scope);
    scope.iterableDepth--;
    const inner = new Scope('comprehension', scope, COMPREHENSION_NAMES[e.type]);
    const loop = (g: Comprehension, withIterable: boolean) => {
      inner.bindingIteration = true;
      this.expression(g.target, inner, 'store');
      inner.bindingIteration = false;
      if (withIterable) {
        inner.iterableDepth++;
        this.expression(g.iter, inner);
        inner.iterableDepth--;
      }
      for (const condition of g.ifs) this.expression(condition, inner);
    };
    loop(first, false);
    for (const g of rest) loop(g, true);
    if (e.type === 'DictComp') {
      this.expression(e.key, inner);
      this.expression(e.value, inner);
    } else this.expression(e.elt, inner);
  }
}

function isPattern(node: { type: string }): node is Pattern {
  return node.type.startsWith('Match') && node.type !== 'Match';
}

/** `nonlocal` names must be bound in an enclosing function; checked once all scopes are known. */
function resolveNonlocals(scope: Scope, bound: ReadonlySet<string>): void {
  for (const [name, flags] of scope.symbols) {
    if (!(flags & NONLOCAL)) continue;
    const at = scope.directives.get(name)!;
    if (flags & GLOBAL) throw new CompileError(at, `name '${name}' is nonlocal and global`);
    if (!bound.has(name)) throw new CompileError(at, `no binding for nonlocal '${name}' found`);
  }
  let inner = bound;
  if (scope.kind === 'function' || scope.kind === 'comprehension') {
    const local = new Set(bound);
    for (const [name, flags] of scope.symbols) if (flags & (LOCAL | PARAM) && !(flags & (GLOBAL | NONLOCAL))) local.add(name);
    inner = local;
  } else if (scope.kind === 'module') inner = new Set();
  for (const child of scope.children) resolveNonlocals(child, inner);
}

export function checkScopes(module: Stmt[]): void {
  const table = new SymbolTable();
  table.statements(module, table.module);
  resolveNonlocals(table.module, new Set());
}
