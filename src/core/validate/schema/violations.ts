import type { Json, JsonObject, Path } from '../../model/json.ts';
import { getIn } from '../../model/paths.ts';
import type { SchemaValidatorError } from '../generated/values-schema-validator.js';
import { mergedOnce } from '../merge.ts';
import { pointerToPath } from './pointer-to-path.ts';
import { schemaErrors } from './schema-errors.ts';

/**
 * One violation of the chart's values schema, found in the values merged with the chart's
 * defaults (what helm validates).
 */
export interface SchemaViolation {
  /** where it is: for an unknown or missing key, the key itself */
  path: Path;
  /** the object or value the schema keyword applies to, as a JSON pointer (what helm prints) */
  pointer: string;
  keyword: string;
  params: Record<string, unknown>;
  /** the schema location (Ajv's schemaPath), used to nest `oneOf` alternatives */
  schemaPath: string;
  /** the offending value (for additionalProperties: the unknown key's value) */
  value: Json | undefined;
}

/** The schema violations of `values` (the admin's config.yaml as data), merged with the defaults. */
export function schemaViolations(values: JsonObject): SchemaViolation[] {
  const merged = mergedOnce(values);
  return toViolations(schemaErrors(merged), merged);
}

/** Ajv's errors for `merged` as violations. */
export function toViolations(errors: readonly SchemaValidatorError[], merged: JsonObject): SchemaViolation[] {
  // an `if` failing only says that its `then` failed; the `then` errors say what is wrong
  return errors.filter((e) => e.keyword !== 'if').map((error) => toViolation(error, merged));
}

let lastViolationsFor: JsonObject | undefined;
let lastViolations: SchemaViolation[] = [];

/** schemaViolations, remembered for the last `values` object (validation runs on every edit). */
export function violationsOnce(values: JsonObject): SchemaViolation[] {
  if (values !== lastViolationsFor) {
    lastViolations = schemaViolations(values);
    lastViolationsFor = values;
  }
  return lastViolations;
}

function toViolation(error: SchemaValidatorError, data: JsonObject): SchemaViolation {
  const base = pointerToPath(error.instancePath, data);
  const params = error.params as Record<string, unknown>;
  let path: Path = base;
  if (error.keyword === 'additionalProperties') path = [...base, String(params.additionalProperty)];
  else if (error.keyword === 'required') path = [...base, String(params.missingProperty)];
  return {
    path,
    pointer: error.instancePath,
    keyword: error.keyword,
    params,
    schemaPath: error.schemaPath,
    value: getIn(data, path),
  };
}
