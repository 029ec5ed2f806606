/**
 * The syntax tree the parser builds: CPython's `ast` node kinds, with only the fields the
 * compile-time checks read. Every node has its source range (UTF-16 offsets) and a `type`;
 * fields are declared in source order, which the scope checks rely on (walk.ts visits them so).
 */
export interface Span {
  from: number;
  to: number;
  /** Written in parentheses: `(a)` is a Name with this set (CPython keeps no node for them). */
  inParens?: boolean;
}

type Node<T extends string, F> = { type: T } & Span & F;

export type Expr =
  | Node<'Name', { id: string }>
  | Node<'Constant', { kind: 'None' | 'True' | 'False' | 'Ellipsis' | 'number' | 'string' | 'bytes' }>
  | Node<'JoinedStr', { values: Expr[] }>
  | Node<'FormattedValue', { value: Expr; spec: Expr | null }>
  | Node<'Attribute', { value: Expr; attr: string }>
  | Node<'Subscript', { value: Expr; slice: Expr }>
  | Node<'Slice', { lower: Expr | null; upper: Expr | null; step: Expr | null }>
  | Node<'Starred', { value: Expr }>
  | Node<'Tuple', { elts: Expr[]; parenthesized: boolean }>
  | Node<'List', { elts: Expr[] }>
  | Node<'Set', { elts: Expr[] }>
  | Node<'Dict', { keys: (Expr | null)[]; values: Expr[] }>
  | Node<'ListComp' | 'SetComp' | 'GeneratorExp', { elt: Expr; generators: Comprehension[] }>
  | Node<'DictComp', { key: Expr; value: Expr; generators: Comprehension[] }>
  | Node<'Call', { func: Expr; args: Expr[]; keywords: Keyword[] }>
  | Node<'BinOp' | 'BoolOp', { operands: Expr[] }>
  | Node<'UnaryOp', { op: string; operand: Expr }>
  | Node<'Compare', { left: Expr; ops: string[]; comparators: Expr[] }>
  | Node<'IfExp', { body: Expr; test: Expr; orelse: Expr }>
  | Node<'Lambda', { args: Arguments; body: Expr }>
  | Node<'NamedExpr', { target: Expr; value: Expr }>
  | Node<'Await', { value: Expr }>
  | Node<'Yield', { value: Expr | null }>
  | Node<'YieldFrom', { value: Expr }>;

export type ExprType = Expr['type'];
export type ExprOf<T extends ExprType> = Extract<Expr, { type: T }>;

export type Comprehension = Node<'comprehension', { target: Expr; iter: Expr; ifs: Expr[]; isAsync: boolean }>;
/** A keyword argument; `name` is null for `**mapping`. */
export type Keyword = Node<'keyword', { name: string | null; value: Expr }>;
export type Arg = Node<'arg', { name: string; annotation: Expr | null }>;
export type Arguments = Node<
  'arguments',
  { posonly: Arg[]; args: Arg[]; vararg: Arg | null; kwonly: Arg[]; kwarg: Arg | null; defaults: Expr[] }
>;
export type TypeParam = Node<'typeparam', { name: string; bound: Expr | null }>;
export type Alias = Node<'alias', { name: string; asname: string | null }>;
export type WithItem = Node<'withitem', { context: Expr; target: Expr | null }>;
export type ExceptHandler = Node<'excepthandler', { kind: Expr | null; name: string | null; body: Stmt[] }>;
export type MatchCase = Node<'match_case', { pattern: Pattern; guard: Expr | null; body: Stmt[] }>;

export type Pattern =
  | Node<'MatchValue', { value: Expr }>
  | Node<'MatchSingleton', { value: string }>
  | Node<'MatchSequence', { patterns: Pattern[] }>
  | Node<'MatchMapping', { keys: Expr[]; patterns: Pattern[]; rest: string | null }>
  | Node<'MatchClass', { cls: Expr; patterns: Pattern[]; kwdAttrs: string[]; kwdPatterns: Pattern[] }>
  | Node<'MatchStar', { name: string | null }>
  | Node<'MatchAs', { pattern: Pattern | null; name: string | null }>
  | Node<'MatchOr', { patterns: Pattern[] }>;

export type Stmt =
  | Node<
      'FunctionDef',
      { decorators: Expr[]; name: string; typeParams: TypeParam[]; args: Arguments; returns: Expr | null; body: Stmt[]; isAsync: boolean }
    >
  | Node<'ClassDef', { decorators: Expr[]; name: string; typeParams: TypeParam[]; bases: Expr[]; keywords: Keyword[]; body: Stmt[] }>
  | Node<'Return', { value: Expr | null }>
  | Node<'Delete', { targets: Expr[] }>
  | Node<'Assign', { targets: Expr[]; value: Expr }>
  | Node<'AugAssign', { target: Expr; value: Expr }>
  | Node<'AnnAssign', { target: Expr; annotation: Expr; value: Expr | null; simple: boolean }>
  | Node<'For', { target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; isAsync: boolean }>
  | Node<'While', { test: Expr; body: Stmt[]; orelse: Stmt[] }>
  | Node<'If', { test: Expr; body: Stmt[]; orelse: Stmt[] }>
  | Node<'With', { items: WithItem[]; body: Stmt[]; isAsync: boolean }>
  | Node<'Match', { subject: Expr; cases: MatchCase[] }>
  | Node<'Raise', { exc: Expr | null; cause: Expr | null }>
  | Node<'Try', { body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[]; isStar: boolean }>
  | Node<'Assert', { test: Expr; msg: Expr | null }>
  | Node<'Import', { names: Alias[] }>
  | Node<'ImportFrom', { module: string | null; names: Alias[]; level: number }>
  | Node<'Global' | 'Nonlocal', { names: string[] }>
  | Node<'Expr', { value: Expr }>
  | Node<'Pass' | 'Break' | 'Continue', object>
  | Node<'TypeAlias', { name: Expr; typeParams: TypeParam[]; value: Expr }>;


export type AnyNode = Expr | Stmt | Pattern | Comprehension | Keyword | Arg | Arguments | TypeParam | Alias | WithItem | ExceptHandler | MatchCase;
