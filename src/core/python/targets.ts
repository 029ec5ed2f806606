import type { Expr } from './ast.ts';

/**
 * What may be assigned to, deleted or used as a loop variable, and what CPython calls the
 * expressions that may not ("cannot assign to function call").
 */
export type TargetKind = 'assign' | 'delete' | 'for';

/** CPython's name for an expression in its messages. */
export function expressionName(e: Expr): string {
  switch (e.type) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BinOp':
    case 'BoolOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant':
      return e.kind === 'None' || e.kind === 'True' || e.kind === 'False' ? e.kind : e.kind === 'Ellipsis' ? 'ellipsis' : 'literal';
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    case 'Slice':
      return 'slice';
  }
}

/** The first part of `e` that cannot be a target of this kind, or null when all of it can. */
export function invalidTarget(e: Expr, kind: TargetKind): Expr | null {
  switch (e.type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return null;
    case 'List':
    case 'Tuple':
      for (const item of e.elts) {
        const bad = invalidTarget(item, kind);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'delete' ? e : invalidTarget(e.value, kind);
    default:
      return e;
  }
}

/** "cannot assign to literal", with a hint where the usual slip is a comparison. */
export function cannotAssign(bad: Expr, kind: TargetKind): string {
  const what = expressionName(bad);
  if (kind === 'delete') return `cannot delete ${what}`;
  return `cannot assign to ${what}`;
}

/** The atom an expression starts with (`[a][0] + b` starts with the list `[a]`). */
function leftmostAtom(e: Expr): Expr {
  if (e.inParens) return e;
  switch (e.type) {
    case 'BinOp':
      return leftmostAtom(e.operands[0]!);
    case 'Attribute':
    case 'Subscript':
      return leftmostAtom(e.value);
    case 'Call':
      return leftmostAtom(e.func);
    default:
      return e;
  }
}

/**
 * Whether CPython answers `e = value` (where `e` cannot be assigned to) with "cannot assign to
 * … here. Maybe you meant '==' instead of '='?": when `e` is a plain operand (no comparison,
 * `not`, `and`/`or`, conditional, lambda) that does not start with a list, a tuple, a generator
 * expression, True, False or None.
 */
export function suggestsEquals(e: Expr): boolean {
  const atom = leftmostAtom(e);
  if (atom.type === 'List' || atom.type === 'GeneratorExp' || (atom.type === 'Tuple' && atom.inParens)) return false;
  if (atom.type === 'Constant' && (atom.kind === 'None' || atom.kind === 'True' || atom.kind === 'False')) return false;
  if (e.inParens) return true;
  switch (e.type) {
    case 'Compare':
    case 'BoolOp':
    case 'IfExp':
    case 'Lambda':
    case 'NamedExpr':
    case 'Starred':
    case 'Yield':
    case 'YieldFrom':
    case 'Tuple':
      return false;
    case 'UnaryOp':
      return e.op !== 'not';
    default:
      return true;
  }
}
