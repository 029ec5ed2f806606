/**
 * Python syntax errors for `hub.extraConfig` snippets, found in the page.
 *
 * Two passes: a tokenizer pass (lexical.ts) for what CPython's tokenizer
 * rejects, then the error-tolerant @lezer/python parser, whose error nodes (⚠)
 * are turned into specific messages, plus a few cheap checks on the tree for
 * code lezer accepts but CPython refuses to compile (print statement,
 * `return` outside a function, positional argument after a keyword one, …).
 */
import { parser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';
import { lineOfOffset, lineStartsOf, scanPython, tokenLength, type RawDiagnostic } from './lexical.ts';

export interface PythonDiagnostic {
  /** 1-based line of the start. */
  line: number;
  /** 1-based column (UTF-16 code units) of the start. */
  column: number;
  endLine: number;
  /** 1-based column just past the end (Monaco's convention). */
  endColumn: number;
  message: string;
}

/** At most this many markers: past the first few errors the rest are mostly echoes. */
const MAX_DIAGNOSTICS = 20;

const HEADER_STATEMENTS = new Set([
  'IfStatement',
  'WhileStatement',
  'ForStatement',
  'WithStatement',
  'TryStatement',
  'FunctionDefinition',
  'ClassDefinition',
  'MatchStatement',
  'MatchClause',
]);
const EXPRESSION_NODES = new Set([
  'VariableName',
  'Number',
  'String',
  'FormatString',
  'ContinuedString',
  'Boolean',
  'None',
  'CallExpression',
  'MemberExpression',
  'ParenthesizedExpression',
  'TupleExpression',
  'ArrayExpression',
  'DictionaryExpression',
  'SetExpression',
  'BinaryExpression',
  'UnaryExpression',
  'PropertyName',
]);
const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
/** Tokens after which an expression must follow. */
const NEEDS_OPERAND = new Set([
  '+', '-', '*', '/', '//', '%', '@', '**', '<<', '>>', '&', '|', '^', '~', '<', '>', '<=', '>=', '==', '!=',
  '=', '+=', '-=', '*=', '/=', '//=', '%=', '@=', '**=', '<<=', '>>=', '&=', '|=', '^=', ':=', '->',
  'and', 'or', 'not', 'in', 'is', 'if', 'elif', 'while', 'return', 'yield', 'assert', 'del', 'lambda', 'await',
  'with', 'for', 'raise',
]);
const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '==', '!=', '<=', '>=', '->', ':=', '**', '//', '<<', '>>', '+=', '-=', '*=',
  '/=', '%=', '&=', '|=', '^=', '@=', '<>',
];

interface Token {
  text: string;
  from: number;
  to: number;
}

/** The token starting at or after `pos` on the same line, or null at the end of the line. */
function tokenAfter(src: string, pos: number): Token | null {
  let i = pos;
  while (src[i] === ' ' || src[i] === '\t' || src[i] === '\f') i++;
  const ch = src[i];
  if (ch === undefined || ch === '\n' || ch === '\r' || ch === '#') return null;
  if (ch === '\\' && (src[i + 1] === '\n' || src[i + 1] === '\r')) return null;
  const len = tokenLength(src, i);
  if (len > 1) return { text: src.slice(i, i + len), from: i, to: i + len };
  for (const op of OPERATORS) if (src.startsWith(op, i)) return { text: op, from: i, to: i + op.length };
  const cp = src.codePointAt(i)!;
  const w = cp > 0xffff ? 2 : 1;
  return { text: src.slice(i, i + w), from: i, to: i + w };
}

/** The token ending at or before `pos` (may be on an earlier line), or null at the start. */
function tokenBefore(src: string, pos: number): Token | null {
  let i = pos;
  while (i > 0 && /\s/.test(src[i - 1]!)) i--;
  if (i === 0) return null;
  const end = i;
  if (/[\w\u00a1-\uffff]/.test(src[i - 1]!)) {
    while (i > 0 && /[\w\u00a1-\uffff]/.test(src[i - 1]!)) i--;
    return { text: src.slice(i, end), from: i, to: end };
  }
  for (const op of OPERATORS) {
    if (op.length <= end && src.startsWith(op, end - op.length)) return { text: op, from: end - op.length, to: end };
  }
  return { text: src[end - 1]!, from: end - 1, to: end };
}

function quote(text: string): string {
  return text.includes('`') ? `'${text}'` : `\`${text}\``;
}

/**
 * Valid Python that @lezer/python 1.1 does not parse: a float ending in '.'
 * (`20.`), a bare `yield`, an empty class pattern (`case Foo():`). Errors there are
 * the grammar's, not the admin's.
 */
function isGrammarGap(src: string, node: SyntaxNode): boolean {
  let i = node.from;
  while (i > 0 && (src[i - 1] === ' ' || src[i - 1] === '\t')) i--;
  if (src[i - 1] === '.' && /\d/.test(src[i - 2] ?? '')) {
    let j = i - 2;
    while (j > 0 && /[\d_]/.test(src[j - 1]!)) j--;
    if (!/[\w.]/.test(src[j - 1] ?? '')) return true;
  }
  if (node.from === node.to) {
    const prev = tokenBefore(src, node.from);
    if (prev?.text === 'yield') return true;
    if (prev?.text === '(' && src[node.to] === ')' && node.parent?.parent?.name === 'PatternArgList') return true;
  }
  return false;
}

/**
 * Spans of `with` headers in forms @lezer/python 1.1 does not know:
 * `with (a as x, b as y):` and `with f() as (x, y):`. Parse errors there are skipped.
 */
function withHeaderGaps(src: string): [number, number][] {
  const gaps: [number, number][] = [];
  const re = /^[ \t]*(?:async[ \t]+)?with\b/gm;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const start = m.index + m[0].length;
    let depth = 0;
    let end = -1;
    for (let i = start; i < src.length; i++) {
      const ch = src[i]!;
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']' || ch === '}') depth--;
      else if (ch === '"' || ch === "'") {
        const close = src.indexOf(ch, i + 1);
        if (close < 0) break;
        i = close;
      } else if (ch === '#') {
        const nl = src.indexOf('\n', i);
        if (nl < 0) break;
        i = nl - 1;
      } else if ((ch === ':' && depth === 0) || (ch === '\n' && depth === 0 && src[i - 1] !== '\\')) {
        end = ch === ':' ? i : -1;
        break;
      }
    }
    if (end < 0) continue;
    const header = src.slice(start, end);
    if (/^\s*\(/.test(header) || /\bas\s*[(\[]/.test(header)) gaps.push([m.index, end + 1]);
  }
  return gaps;
}

/**
 * The grammar wants a plain name after `with … as`: for the parser only, turn a
 * one-line `as (a, b)` target into a same-length name so the body parses as a body.
 */
function maskWithTargets(src: string, gaps: readonly [number, number][]): string {
  let out = src;
  for (const [from, to] of gaps) {
    const header = out.slice(from, to);
    const masked = header.replace(/\bas(\s*)(\([^()\n]*\)|\[[^[\]\n]*\])/g, (_m, space: string, target: string) => `as${space}${'_'.repeat(target.length)}`);
    if (masked !== header) out = out.slice(0, from) + masked + out.slice(to);
  }
  return out;
}

/** Message and range for one lezer error node. */
function describeError(src: string, node: SyntaxNode): RawDiagnostic {
  const { from, to } = node;
  const parent = node.parent;
  const parentName = parent?.name ?? '';
  const prevSibling = node.prevSibling;
  const next = tokenAfter(src, from);
  const prev = tokenBefore(src, from);
  const inner = to > from ? tokenAfter(src, from) : null;

  if (inner && inner.from < to) {
    const t = inner.text;
    if (t === 'else' || t === 'elif') {
      return { from: inner.from, to: inner.to, message: `'${t}' has no matching 'if' (or 'for'/'while'/'try') at the same indentation` };
    }
    if (t === 'except' || t === 'finally') {
      return { from: inner.from, to: inner.to, message: `'${t}' has no matching 'try' at the same indentation` };
    }
    if (t === ':' && prev?.text === ':') {
      return { from: inner.from, to: inner.to, message: "invalid syntax near `:`" };
    }
    if (HEADER_STATEMENTS.has(parentName) && t !== ':' && !node.nextSibling) {
      return { from: inner.from, to: inner.to, message: `invalid syntax near ${quote(t)}: expected ':'` };
    }
    const prevIsValue =
      prevSibling != null && (EXPRESSION_NODES.has(prevSibling.name) || prevSibling.name === ')' || prevSibling.name === ']');
    if (prevIsValue && /^[\w"'\u00a1-\uffff]/.test(t) && !KEYWORDS.has(t)) {
      return { from: inner.from, to: inner.to, message: `invalid syntax near ${quote(t)}: perhaps a comma or an operator is missing before it` };
    }
    if (t === '=' && (parentName === 'ArgList' || parentName === 'CallExpression')) {
      return { from: inner.from, to: inner.to, message: "invalid syntax near `=`: a keyword argument needs a plain name before '=' (use '==' to compare)" };
    }
    return { from: inner.from, to: inner.to, message: `invalid syntax near ${quote(t)}` };
  }

  // Zero-width error: something is missing at `from`.
  const headerContext =
    HEADER_STATEMENTS.has(parentName) || (parentName === 'Body' && prevSibling == null && parent?.parent != null);
  if (headerContext && prev && !NEEDS_OPERAND.has(prev.text) && prev.text !== '.' && (next === null || next.text !== ':')) {
    const kw = headerKeyword(parentName === 'Body' ? parent!.parent! : parent!, src);
    const at = next ?? prev;
    return {
      from: at.from,
      to: at.to,
      message: next ? `expected ':' before ${quote(next.text)}` : `expected ':' at the end of the ${kw ? `'${kw}' ` : ''}line`,
    };
  }
  if (next === null) {
    if (!prev) return { from, to: from, message: 'invalid syntax' };
    const p = prev.text;
    if (p === '.') return { from: prev.from, to: prev.to, message: "expected a name after '.'" };
    if (p === 'import' || p === 'from') return { from: prev.from, to: prev.to, message: `expected a module name after '${p}'` };
    if (p === 'def' || p === 'class') return { from: prev.from, to: prev.to, message: `expected a name after '${p}'` };
    if (p === ',' && parentName === 'ImportStatement') return { from: prev.from, to: prev.to, message: "expected a name after ','" };
    if (NEEDS_OPERAND.has(p)) return { from: prev.from, to: prev.to, message: `expected an expression after ${quote(p)}` };
    return { from: prev.from, to: prev.to, message: `the statement ends too early after ${quote(p)}` };
  }
  if (prev && NEEDS_OPERAND.has(prev.text) && !/^[\w"'(\[{.\-+~]/.test(next.text)) {
    return { from: next.from, to: next.to, message: `expected an expression after ${quote(prev.text)}, not ${quote(next.text)}` };
  }
  return { from: next.from, to: next.to, message: `invalid syntax near ${quote(next.text)}` };
}

function headerKeyword(statement: SyntaxNode, src: string): string {
  const first = statement.firstChild;
  return first ? src.slice(first.from, first.to) : '';
}

/** Checks on the tree for code that lezer accepts but CPython will not compile. */
function treeChecks(src: string, tree: Tree, out: RawDiagnostic[]): void {
  const add = (from: number, to: number, message: string) => out.push({ from, to, message });
  tree.iterate({
    enter(ref) {
      switch (ref.name) {
        case 'PrintStatement': {
          add(ref.from, ref.from + 5, "missing parentheses in call to 'print': write print(...)");
          return;
        }
        case 'CompareOp': {
          if (src.slice(ref.from, ref.to) === '<>') add(ref.from, ref.to, "'<>' is Python 2: use '!='");
          return;
        }
        case 'ReturnStatement':
        case 'YieldStatement':
        case 'YieldExpression':
        case 'AwaitExpression': {
          const kw = ref.name === 'ReturnStatement' ? 'return' : ref.name === 'AwaitExpression' ? 'await' : 'yield';
          const fn = enclosingScope(ref.node);
          if (fn?.name === 'LambdaExpression' && kw === 'yield') return;
          if (!fn || fn.name !== 'FunctionDefinition') {
            add(ref.from, ref.from + kw.length, `'${kw}' outside a function`);
          } else if (kw === 'await' && fn.firstChild?.name !== 'async') {
            add(ref.from, ref.from + kw.length, "'await' outside an async function: make it 'async def'");
          }
          return;
        }
        case 'BreakStatement':
        case 'ContinueStatement': {
          const kw = ref.name === 'BreakStatement' ? 'break' : 'continue';
          let p = ref.node.parent;
          while (p && p.name !== 'ForStatement' && p.name !== 'WhileStatement' && p.name !== 'FunctionDefinition' && p.name !== 'ClassDefinition') {
            p = p.parent;
          }
          if (!p || p.name === 'FunctionDefinition' || p.name === 'ClassDefinition') add(ref.from, ref.to, `'${kw}' outside a loop`);
          return;
        }
        case 'AssignStatement': {
          checkAssignTargets(src, ref.node, add);
          return;
        }
        case 'ArgList': {
          checkArguments(src, ref.node, add);
          return;
        }
        case 'ParamList': {
          checkParameters(src, ref.node, add);
          return;
        }
        case 'TryStatement': {
          for (let c = ref.node.firstChild; c; c = c.nextSibling) {
            if (c.name === 'except') {
              const a = c.nextSibling;
              const b = a?.nextSibling;
              if (a && b && b.name === ',' && a.name !== 'Body') {
                add(a.from, b.nextSibling?.to ?? b.to, "multiple exception types must be in parentheses: except (A, B) as e:");
              }
            }
          }
          return;
        }
        default:
          return;
      }
    },
  });
}

function enclosingScope(node: SyntaxNode): SyntaxNode | null {
  let p = node.parent;
  while (p && p.name !== 'FunctionDefinition' && p.name !== 'ClassDefinition' && p.name !== 'LambdaExpression') p = p.parent;
  return p;
}

type Add = (from: number, to: number, message: string) => void;

function checkAssignTargets(src: string, stmt: SyntaxNode, add: Add): void {
  let lastAssign: SyntaxNode | null = null;
  for (let c = stmt.lastChild; c; c = c.prevSibling) {
    if (c.name === 'AssignOp') {
      lastAssign = c;
      break;
    }
  }
  if (!lastAssign) return;
  for (let c = stmt.firstChild; c && c.from < lastAssign.from; c = c.nextSibling) {
    const what = badTarget(c.name, src.slice(c.from, c.to));
    if (what) add(c.from, c.to, what);
  }
}

function badTarget(name: string, text: string): string | null {
  switch (name) {
    case 'CallExpression':
      return "cannot assign to a function call: did you mean '==' instead of '='?";
    case 'Number':
    case 'String':
    case 'FormatString':
    case 'ContinuedString':
      return "cannot assign to a literal: did you mean '==' instead of '='?";
    case 'Boolean':
    case 'None':
      return `cannot assign to ${text}`;
    case 'BinaryExpression':
    case 'UnaryExpression':
    case 'ConditionalExpression':
    case 'LambdaExpression':
      return "cannot assign to an expression: did you mean '==' instead of '='?";
    case 'DictionaryExpression':
    case 'SetExpression':
    case 'ComprehensionExpression':
    case 'ArrayComprehensionExpression':
    case 'DictionaryComprehensionExpression':
      return 'cannot assign to this kind of expression';
    default:
      return null;
  }
}

function checkArguments(src: string, args: SyntaxNode, add: Add): void {
  let sawKeyword = false;
  let sawDoubleStar = false;
  const names = new Set<string>();
  let group: SyntaxNode[] = [];
  const flush = () => {
    const first = group[0];
    if (!first) return;
    const second = group[1];
    if (first.name === '**') {
      sawDoubleStar = true;
    } else if (first.name === '*') {
      if (sawDoubleStar) add(first.from, group[group.length - 1]!.to, "iterable argument unpacking (*) follows keyword argument unpacking (**)");
    } else if (first.name === 'VariableName' && second?.name === 'AssignOp' && src.slice(second.from, second.to) === '=') {
      const name = src.slice(first.from, first.to);
      if (names.has(name)) add(first.from, first.to, `keyword argument repeated: ${name}`);
      names.add(name);
      sawKeyword = true;
    } else if (!first.type.isError && (sawKeyword || sawDoubleStar)) {
      add(
        first.from,
        group[group.length - 1]!.to,
        sawDoubleStar && !sawKeyword
          ? 'positional argument follows keyword argument unpacking (**)'
          : 'positional argument follows keyword argument: put it before the name=value arguments',
      );
    }
    group = [];
  };
  for (let c = args.firstChild; c; c = c.nextSibling) {
    if (c.name === '(' || c.name === ')' || c.name === 'Comment') continue;
    if (c.name === ',') flush();
    else group.push(c);
  }
  flush();
}

function checkParameters(src: string, params: SyntaxNode, add: Add): void {
  const isLambda = params.parent?.name === 'LambdaExpression';
  let sawDefault = false;
  let keywordOnly = false;
  const names = new Set<string>();
  let group: SyntaxNode[] = [];
  const flush = () => {
    const first = group[0];
    if (!first) return;
    if (first.name === '*' || first.name === '**') {
      keywordOnly = true;
      const v = group[1];
      if (v?.name === 'VariableName') {
        const name = src.slice(v.from, v.to);
        if (names.has(name)) add(v.from, v.to, `duplicate parameter '${name}'`);
        names.add(name);
      }
    } else if (first.name === 'VariableName') {
      const name = src.slice(first.from, first.to);
      if (names.has(name)) add(first.from, first.to, `duplicate parameter '${name}'`);
      names.add(name);
      const hasDefault = group.some((g) => g.name === 'AssignOp');
      if (hasDefault) sawDefault = true;
      else if (sawDefault && !keywordOnly) add(first.from, first.to, `parameter '${name}' without a default follows a parameter with a default`);
    }
    group = [];
  };
  for (let c = params.firstChild; c; c = c.nextSibling) {
    if (c.name === '(' || c.name === ')' || c.name === 'Comment') continue;
    if (c.name === ',') flush();
    else group.push(c);
  }
  flush();
  void isLambda;
}

/** Syntax errors in a Python snippet, as Monaco markers want them (1-based). */
export function checkPythonSyntax(source: string): PythonDiagnostic[] {
  const lineStarts = lineStartsOf(source);
  const lexical = scanPython(source, lineStarts);
  const withGaps = source.includes('with') ? withHeaderGaps(source) : [];
  const tree = parser.parse(withGaps.length ? maskWithTargets(source, withGaps) : source);

  const parseErrors: RawDiagnostic[] = [];
  tree.iterate({
    enter(ref) {
      if (
        ref.type.isError &&
        ref.from < lexical.cutoff &&
        !isGrammarGap(source, ref.node) &&
        !withGaps.some(([a, b]) => ref.from >= a && ref.from <= b)
      ) {
        parseErrors.push(describeError(source, ref.node));
      }
    },
  });
  const semantic: RawDiagnostic[] = [];
  if (parseErrors.length === 0 && lexical.diagnostics.length === 0) treeChecks(source, tree, semantic);

  // Lexical errors explain the parser's confusion on their lines: keep them, drop parse errors there.
  const lexLines = new Set<number>();
  for (const d of lexical.diagnostics) {
    const a = lineOfOffset(lineStarts, d.from);
    const b = lineOfOffset(lineStarts, Math.max(d.from, d.to - 1));
    for (let l = a; l <= b; l++) lexLines.add(l);
  }
  const all = [
    ...lexical.diagnostics,
    ...parseErrors.filter((d) => !lexLines.has(lineOfOffset(lineStarts, d.from))),
    ...semantic,
  ].sort((a, b) => a.from - b.from || a.to - b.to);

  // Merge errors on the same line (a parse error usually drags a few more behind it).
  const merged: (RawDiagnostic & { line: number })[] = [];
  for (const d of all) {
    const line = lineOfOffset(lineStarts, d.from);
    const last = merged[merged.length - 1];
    if (last && (last.line === line || d.from < last.to)) {
      const lastLineEnd = lineEndOf(source, lineStarts, last.line);
      if (d.to > last.to) last.to = Math.min(Math.max(d.to, last.to), Math.max(lastLineEnd, last.to));
      continue;
    }
    merged.push({ ...d, line });
    if (merged.length >= MAX_DIAGNOSTICS) break;
  }
  return merged.map((d) => toDiagnostic(source, lineStarts, d));
}

function lineEndOf(src: string, lineStarts: readonly number[], line: number): number {
  const next = lineStarts[line];
  let end = next === undefined ? src.length : next - 1;
  if (end > 0 && src[end - 1] === '\r') end--;
  return end;
}

function toDiagnostic(src: string, lineStarts: readonly number[], d: RawDiagnostic): PythonDiagnostic {
  let { from, to } = d;
  if (to <= from) {
    // Give zero-width errors one character to underline: the one before the end of the line, else the next.
    const line = lineOfOffset(lineStarts, from);
    const end = lineEndOf(src, lineStarts, line);
    if (from < end) to = from + 1;
    else if (from > lineStarts[line - 1]!) {
      from -= 1;
      to = from + 1;
    } else to = from;
  }
  const line = lineOfOffset(lineStarts, from);
  const endLine = lineOfOffset(lineStarts, Math.max(from, to - 1));
  // Keep a marker on one line: the message is about where it starts.
  const stop = endLine === line ? to : lineEndOf(src, lineStarts, line);
  return {
    line,
    column: from - lineStarts[line - 1]! + 1,
    endLine: line,
    endColumn: Math.max(stop, from) - lineStarts[line - 1]! + 1 + (stop <= from ? 1 : 0),
    message: d.message,
  };
}
