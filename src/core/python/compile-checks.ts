import type { AnyNode, Expr, ExprOf, Keyword, Stmt } from './ast.ts';
import { CompileError } from './compile-error.ts';
import { checkFutureImports, isFutureImport } from './future-imports.ts';
import { checkPatterns } from './pattern-checks.ts';
import { allParameters, checkScopes } from './scope-checks.ts';
import type { RawDiagnostic } from './tokens.ts';
import { childNodes } from './walk.ts';

/**
 * What `compile()` refuses once the snippet parses, in the order CPython checks: the
 * `__future__` imports, then the symbol table (scope-checks.ts), then the compiler itself:
 * `return`/`yield`/`await`/`break`/`continue` out of place, `async for`/`with` outside an
 * `async def`, starred expressions where they cannot be, repeated keyword arguments, a bare
 * `except:` before others, `__debug__` assigned to, late future imports, match patterns.
 * CPython stops at the first; so does this.
 */
interface Unit {
  kind: 'module' | 'class' | 'function' | 'generator expression';
  isAsync: boolean;
  /** A function whose own body yields (not a nested one's). */
  isGenerator: boolean;
}

interface Context {
  unit: Unit;
  /** Enclosing loops and except* handlers of this unit, innermost last. */
  blocks: ('loop' | 'except*')[];
  endOfFutureImports: number;
  src: string;
}

const NESTED_SCOPES = new Set(['FunctionDef', 'ClassDef', 'Lambda', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);

/** Whether any of `nodes` is, or holds outside nested scopes, a node of these types (a yield, an await). */
function contains(nodes: readonly AnyNode[], types: ReadonlySet<string>): boolean {
  for (const node of nodes) {
    if (types.has(node.type)) return true;
    if (!NESTED_SCOPES.has(node.type) && contains(childNodes(node), types)) return true;
  }
  return false;
}

const YIELDS = new Set(['Yield', 'YieldFrom']);
const AWAITS = new Set(['Await']);

function forbidDebug(name: string | null, at: AnyNode, verb = 'assign to'): void {
  if (name === '__debug__') throw new CompileError(at, `cannot ${verb} __debug__`);
}

function functionUnit(kind: Unit['kind'], isAsync: boolean, body: readonly AnyNode[]): Unit {
  return { kind, isAsync, isGenerator: contains(body, YIELDS) };
}

class Compiler {
  statements(body: readonly Stmt[], ctx: Context): void {
    for (const s of body) this.statement(s, ctx);
  }

  private inner(ctx: Context, unit: Unit): Context {
    return { ...ctx, unit, blocks: [] };
  }

  private jump(s: Stmt, ctx: Context, what: string): void {
    for (let i = ctx.blocks.length - 1; i >= 0; i--) {
      if (ctx.blocks[i] === 'except*') throw new CompileError(s, "'break', 'continue' and 'return' cannot appear in an except* block");
      if (ctx.blocks[i] === 'loop') return;
    }
    if (what !== 'return') throw new CompileError(s, what === 'break' ? "'break' outside loop" : "'continue' not properly in loop");
  }

  private statement(s: Stmt, ctx: Context): void {
    switch (s.type) {
      case 'FunctionDef': {
        forbidDebug(s.name, s);
        for (const e of [...s.decorators, ...s.args.defaults]) this.expression(e, ctx);
        for (const a of allParameters(s.args)) forbidDebug(a.name, a);
        this.statements(s.body, this.inner(ctx, functionUnit('function', s.isAsync, s.body)));
        return;
      }
      case 'ClassDef':
        forbidDebug(s.name, s);
        for (const e of s.decorators) this.expression(e, ctx);
        this.call(s.bases, s.keywords, ctx);
        this.statements(s.body, this.inner(ctx, { kind: 'class', isAsync: false, isGenerator: false }));
        return;
      case 'Return':
        if (ctx.unit.kind !== 'function') throw new CompileError(s, "'return' outside function");
        if (s.value && ctx.unit.isAsync && ctx.unit.isGenerator) throw new CompileError(s, "'return' with value in async generator");
        if (s.value) this.expression(s.value, ctx);
        this.jump(s, ctx, 'return');
        return;
      case 'Break':
      case 'Continue':
        this.jump(s, ctx, s.type === 'Break' ? 'break' : 'continue');
        return;
      case 'Delete':
        for (const t of s.targets) this.target(t, ctx, true, 'delete');
        return;
      case 'Assign':
        this.expression(s.value, ctx);
        for (const t of s.targets) this.target(t, ctx, true);
        return;
      case 'AugAssign':
        this.target(s.target, ctx, false);
        this.expression(s.value, ctx);
        return;
      case 'AnnAssign':
        if (s.value) this.expression(s.value, ctx);
        this.target(s.target, ctx, false);
        this.expression(s.annotation, ctx);
        return;
      case 'For':
        if (s.isAsync && !(ctx.unit.kind === 'function' && ctx.unit.isAsync)) throw new CompileError(s, "'async for' outside async function");
        this.expression(s.iter, ctx);
        this.target(s.target, ctx, true);
        this.statements(s.body, { ...ctx, blocks: [...ctx.blocks, 'loop'] });
        this.statements(s.orelse, ctx);
        return;
      case 'While':
        this.expression(s.test, ctx);
        this.statements(s.body, { ...ctx, blocks: [...ctx.blocks, 'loop'] });
        this.statements(s.orelse, ctx);
        return;
      case 'If':
        this.expression(s.test, ctx);
        this.statements(s.body, ctx);
        this.statements(s.orelse, ctx);
        return;
      case 'With':
        if (s.isAsync && !(ctx.unit.kind === 'function' && ctx.unit.isAsync)) throw new CompileError(s, "'async with' outside async function");
        for (const item of s.items) {
          this.expression(item.context, ctx);
          if (item.target) this.target(item.target, ctx, true);
        }
        this.statements(s.body, ctx);
        return;
      case 'Try':
        this.statements(s.body, ctx);
        s.handlers.forEach((h, i) => {
          if (!h.kind && i < s.handlers.length - 1) throw new CompileError(h, "default 'except:' must be last: move it after the other except clauses");
          if (h.kind) this.expression(h.kind, ctx);
          forbidDebug(h.name, h);
          this.statements(h.body, s.isStar ? { ...ctx, blocks: [...ctx.blocks, 'except*'] } : ctx);
        });
        this.statements(s.orelse, ctx);
        this.statements(s.finalbody, ctx);
        return;
      case 'Match':
        this.expression(s.subject, ctx);
        checkPatterns(s, ctx.src, (i) => {
          const c = s.cases[i]!;
          if (c.guard) this.expression(c.guard, ctx);
          this.statements(c.body, ctx);
        });
        return;
      case 'Import':
      case 'ImportFrom':
        if (isFutureImport(s) && s.from > ctx.endOfFutureImports) {
          throw new CompileError(s, 'from __future__ imports must occur at the beginning of the file: move it to the top of the snippet');
        }
        for (const alias of s.names) forbidDebug(alias.asname ?? (s.type === 'Import' ? alias.name.split('.')[0]! : alias.name), s);
        return;
      case 'Raise':
        if (s.exc) this.expression(s.exc, ctx);
        if (s.cause) this.expression(s.cause, ctx);
        return;
      case 'Assert':
        this.expression(s.test, ctx);
        if (s.msg) this.expression(s.msg, ctx);
        return;
      case 'Expr':
        this.expression(s.value, ctx);
        return;
      case 'TypeAlias':
        this.expression(s.value, ctx);
        return;
      default:
        return;
    }
  }

  /** An assignment (or `del`) target: starred rules and `__debug__`. */
  private target(t: Expr, ctx: Context, topLevel: boolean, verb: 'assign to' | 'delete' = 'assign to'): void {
    switch (t.type) {
      case 'Name':
        forbidDebug(t.id, t, verb);
        return;
      case 'Attribute':
        forbidDebug(t.attr, t, verb);
        this.expression(t.value, ctx);
        return;
      case 'Subscript':
        this.expression(t.value, ctx);
        this.expression(t.slice, ctx);
        return;
      case 'Starred':
        if (topLevel) throw new CompileError(t, 'starred assignment target must be in a list or tuple: write *a, = …');
        this.target(t.value, ctx, false, verb);
        return;
      case 'Tuple':
      case 'List':
        if (t.elts.filter((e) => e.type === 'Starred').length > 1) throw new CompileError(t, 'multiple starred expressions in assignment');
        for (const e of t.elts) this.target(e, ctx, false, verb);
        return;
      default:
        this.expression(t, ctx);
    }
  }

  private call(args: readonly Expr[], keywords: readonly Keyword[], ctx: Context): void {
    const names = new Set<string>();
    for (const k of keywords) {
      forbidDebug(k.name, k);
      if (k.name === null) continue;
      if (names.has(k.name)) throw new CompileError(k, `keyword argument repeated: ${k.name}`);
      names.add(k.name);
    }
    for (const a of args) this.expression(a, ctx, true);
    for (const k of keywords) this.expression(k.value, ctx);
  }

  private comprehension(e: ExprOf<'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp'>, ctx: Context): void {
    const [first, ...rest] = e.generators;
    // The first iterable is evaluated where the comprehension is; the rest inside it.
    this.expression(first!.iter, ctx);
    const body: AnyNode[] = [...first!.ifs, ...rest.flatMap((g) => [g.iter, ...g.ifs]), ...(e.type === 'DictComp' ? [e.key, e.value] : [e.elt])];
    const isAsync = e.generators.some((g) => g.isAsync) || contains(body, AWAITS);
    const inGenexp = e.type === 'GeneratorExp' || ctx.unit.kind === 'generator expression';
    if (isAsync && !inGenexp && !(ctx.unit.kind === 'function' && ctx.unit.isAsync)) {
      throw new CompileError(e, 'asynchronous comprehension outside of an asynchronous function');
    }
    const inner = e.type === 'GeneratorExp' ? this.inner(ctx, { kind: 'generator expression', isAsync: true, isGenerator: true }) : ctx;
    e.generators.forEach((g, i) => {
      this.target(g.target, inner, true);
      if (i > 0) this.expression(g.iter, inner);
      for (const condition of g.ifs) this.expression(condition, inner);
    });
    if (e.type === 'DictComp') {
      this.expression(e.key, inner);
      this.expression(e.value, inner);
    } else this.expression(e.elt, inner);
  }

  expression(e: Expr, ctx: Context, starAllowed = false): void {
    switch (e.type) {
      case 'Starred':
        if (!starAllowed) throw new CompileError(e, "can't use starred expression here");
        this.expression(e.value, ctx);
        return;
      case 'Tuple':
      case 'List':
      case 'Set':
        for (const item of e.elts) this.expression(item, ctx, true);
        return;
      case 'Call':
        this.expression(e.func, ctx);
        this.call(e.args, e.keywords, ctx);
        return;
      case 'Yield':
      case 'YieldFrom':
        if (ctx.unit.kind === 'module' || ctx.unit.kind === 'class') throw new CompileError(e, "'yield' outside function");
        if (e.type === 'YieldFrom' && ctx.unit.isAsync && ctx.unit.kind === 'function') throw new CompileError(e, "'yield from' inside async function");
        if (e.value) this.expression(e.value, ctx);
        return;
      case 'Await':
        if (ctx.unit.kind === 'module' || ctx.unit.kind === 'class') throw new CompileError(e, "'await' outside function");
        if (ctx.unit.kind === 'function' && !ctx.unit.isAsync) throw new CompileError(e, "'await' outside async function: make it 'async def'");
        this.expression(e.value, ctx);
        return;
      case 'Lambda':
        for (const d of e.args.defaults) this.expression(d, ctx);
        for (const a of allParameters(e.args)) forbidDebug(a.name, a);
        this.expression(e.body, this.inner(ctx, functionUnit('function', false, [e.body])));
        return;
      case 'NamedExpr':
        this.expression(e.value, ctx);
        this.target(e.target, ctx, false);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        this.comprehension(e, ctx);
        return;
      default:
        for (const child of childNodes(e)) if (child.type !== 'arguments') this.expression(child as Expr, ctx);
    }
  }
}

/** The first compile-stage error of a parsed snippet, or null when `compile()` accepts it. */
export function compileErrors(module: Stmt[], src: string): RawDiagnostic | null {
  const future = checkFutureImports(module);
  if (future.error) return future.error;
  try {
    checkScopes(module);
    const ctx: Context = { unit: { kind: 'module', isAsync: false, isGenerator: false }, blocks: [], endOfFutureImports: future.endOfFutureImports, src };
    new Compiler().statements(module, ctx);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    return { from: e.at.from, to: e.at.to, message: e.message };
  }
  return null;
}
