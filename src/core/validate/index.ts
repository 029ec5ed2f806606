import { formatPath } from '../model/json.ts';
import type { WizardState } from '../model/state.ts';
import { checkFields, type FieldCheckOptions } from './fields.ts';
import type { Problem } from './problem.ts';
import { validateSchema } from './schema.ts';

export type { Problem } from './problem.ts';
export { checkFields, type FieldCheckOptions } from './fields.ts';
export { effectiveValues, mergeWithDefaults } from './merge.ts';
export { formatHelmSchemaErrors, schemaViolations, validateSchema, type SchemaViolation } from './schema.ts';

/**
 * `validateState(state)`: the schema check and the field rules together, one problem per place and
 * meaning, sorted by path (problems of the whole config first, errors before warnings).
 *
 * Where a field rule reports an error at the same path as a schema violation, only the field
 * rule's message is kept: it says the same thing in more words.
 */
export function validateState(state: WizardState, options: FieldCheckOptions = {}): Problem[] {
  const fields = checkFields(state, options);
  const explained = new Set(fields.filter((p) => p.severity === 'error').map((p) => formatPath(p.path)));
  const schema = validateSchema(state.values).filter((p) => p.path.length === 0 || !explained.has(formatPath(p.path)));
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const p of [...schema, ...fields]) {
    const id = `${p.code}\u0000${p.severity}\u0000${formatPath(p.path)}\u0000${p.setting ?? ''}\u0000${p.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(p);
  }
  return out.sort(compareProblems);
}

export function compareProblems(a: Problem, b: Problem): number {
  const byPath = comparePaths(a.path, b.path);
  if (byPath !== 0) return byPath;
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function comparePaths(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
