import { formatPath, type Json, type JsonObject, type Path } from '../../model/json.ts';
import { getIn } from '../../model/paths.ts';
import type { WizardState } from '../../model/state.ts';
import type { Problem, ProblemCode } from '../problem.ts';

/** What a field rule looks at: the effective values (chart defaults + the admin's), and the state. */
export interface RuleContext {
  state: WizardState;
  /** the chart's defaults merged with state.values, as helm merges them */
  values: JsonObject;
  /** the value at `path` in the effective values */
  get(path: Path): Json | undefined;
}

/** A field rule: one area of the values, every problem it finds. */
export type FieldRule = (ctx: RuleContext) => Problem[];

export function makeContext(state: WizardState, values: JsonObject): RuleContext {
  return { state, values, get: (path) => getIn(values, path) };
}

export function error(code: ProblemCode, path: Path, message: string): Problem {
  return { code, severity: 'error', path, message };
}

export function warning(code: ProblemCode, path: Path, message: string): Problem {
  return { code, severity: 'warning', path, message };
}

/** `ingress.hosts[1]` in backticks, for messages. */
export function name(path: Path): string {
  return `\`${formatPath(path)}\``;
}

export { asList, asMap, truthy } from '../../values/shape.ts';

/** How a YAML value looks to an admin: `a number (8080)`, `a boolean (true)`, `a list`, … */
export function kind(value: Json | undefined): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `a boolean (${value})`;
  return 'a string';
}
