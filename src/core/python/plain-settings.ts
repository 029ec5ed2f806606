/**
 * Plain settings in a snippet: top-level `c.Class.trait = literal` lines, such as
 * `c.Spawner.start_timeout = 600`. Each is what `hub.config.Class.trait` says in YAML, where the
 * chart's schema sees it, a link or an import shows it in the form, and no Python can break it.
 * A setting under an `if`, in a function, or from a computed value stays Python: only literals
 * whose value is certain are suggested.
 */
import type { Expr, Stmt } from './ast.ts';
import type { Json, JsonObject } from '../model/json.ts';
import { parseModule } from './parse-module.ts';
import { lineOfOffset, lineStartsOf } from './source-lines.ts';
import { tokenize } from './tokenizer.ts';

export interface PlainSetting {
  /** 1-based line of the assignment. */
  line: number;
  /** `Spawner` in `c.Spawner.start_timeout`. */
  className: string;
  trait: string;
  value: Json;
  /** The assignment as written, e.g. `c.Spawner.start_timeout = 600`. */
  text: string;
}

/** The plain settings of a snippet that parses; none for one that does not. */
export function plainSettings(source: string): PlainSetting[] {
  const tokens = tokenize(source);
  if (tokens.errors.length) return [];
  const lineStarts = lineStartsOf(source);
  let module: Stmt[];
  try {
    const parsed = parseModule(source, tokens.tokens, lineStarts);
    if (parsed.errors.length) return [];
    module = parsed.module;
  } catch (e) {
    if (e instanceof RangeError) return []; // nested too deep to parse: certainly no plain setting
    throw e;
  }
  const out: PlainSetting[] = [];
  for (const stmt of module) {
    if (stmt.type !== 'Assign' || stmt.targets.length !== 1) continue;
    const target = configTrait(stmt.targets[0]!);
    if (!target) continue;
    const value = literal(stmt.value, source);
    if (value === undefined) continue;
    out.push({ line: lineOfOffset(lineStarts, stmt.from), ...target, value, text: source.slice(stmt.from, stmt.to) });
  }
  return out;
}

/** `c.Class.trait` with a class name (hub.config's sections are class names: see hub-start.ts). */
function configTrait(target: Expr): { className: string; trait: string } | null {
  if (target.type !== 'Attribute' || target.value.type !== 'Attribute') return null;
  const cls = target.value;
  if (cls.value.type !== 'Name' || cls.value.id !== 'c' || !/^[A-Z]/.test(cls.attr)) return null;
  return { className: cls.attr, trait: target.attr };
}

/** The value of a literal: numbers, simple strings, True/False/None, lists and dicts of them. */
function literal(expr: Expr, source: string): Json | undefined {
  switch (expr.type) {
    case 'Constant':
      return constant(expr.kind, source.slice(expr.from, expr.to));
    case 'UnaryOp': {
      if (expr.op !== '-' || expr.operand.type !== 'Constant' || expr.operand.kind !== 'number') return undefined;
      const n = constant('number', source.slice(expr.operand.from, expr.operand.to));
      return typeof n === 'number' ? -n : undefined;
    }
    case 'List':
    case 'Tuple': {
      const items = expr.elts.map((e) => literal(e, source));
      return items.every((v) => v !== undefined) ? (items as Json[]) : undefined;
    }
    case 'Dict': {
      const map: JsonObject = {};
      for (let i = 0; i < expr.keys.length; i++) {
        const key = expr.keys[i] ? literal(expr.keys[i]!, source) : undefined;
        const value = literal(expr.values[i]!, source);
        if (typeof key !== 'string' || value === undefined || key in map) return undefined;
        map[key] = value;
      }
      return map;
    }
    default:
      return undefined;
  }
}

function constant(kind: string, text: string): Json | undefined {
  switch (kind) {
    case 'None':
      return null;
    case 'True':
      return true;
    case 'False':
      return false;
    case 'number': {
      if (/[jJ]$/.test(text)) return undefined; // complex
      const n = Number(text.replace(/_/g, ''));
      // A float that YAML would read back the same; an integer JSON cannot hold exactly is left alone.
      return Number.isFinite(n) && (!Number.isInteger(n) || Number.isSafeInteger(n)) ? n : undefined;
    }
    case 'string': {
      // One plain quoted literal without escapes: its value is its text. Anything else (prefixes,
      // escapes, triple quotes, joined literals) is left as Python.
      const m = /^(["'])([^"'\\\n]*)\1$/.exec(text);
      return m ? m[2]! : undefined;
    }
    default:
      return undefined;
  }
}

/** How `hub.config` writes the setting, in YAML's flow style: `hub.config.Spawner.start_timeout: 600`. */
export function hubConfigLine(setting: PlainSetting): string {
  return `hub.config.${setting.className}.${setting.trait}: ${JSON.stringify(setting.value)}`;
}
