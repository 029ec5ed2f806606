import { isObject, type Json } from '../../model/json.ts';
import type { Problem } from '../problem.ts';
import { describeViolation, typeWord } from './messages.ts';
import { violationsOnce } from './violations.ts';

/**
 * `validateSchema(values)`: every place where config.yaml breaks chart 4.4.0's values schema, as
 * problems (code `schema`, severity error) with messages for admins.
 */
export function validateSchema(values: Json | undefined): Problem[] {
  if (values == null) return [];
  if (!isObject(values)) {
    return [
      {
        code: 'schema',
        severity: 'error',
        path: [],
        message: `config.yaml must be a mapping of Helm values (key: value lines), not ${typeWord(values)}`,
      },
    ];
  }
  const out: Problem[] = [];
  for (const v of violationsOnce(values)) {
    // the alternatives of a oneOf explain the oneOf; the oneOf's own problem says it in one go
    if (v.schemaPath.includes('/oneOf/')) continue;
    out.push({ code: 'schema', severity: 'error', path: v.path, message: describeViolation(v, values) });
  }
  return out;
}
