import { isObject, type Json } from '../../model/json.ts';
import {
  propertyValidators,
  validateRoot,
  type PropertyValidator,
  type SchemaValidatorError,
} from '../generated/values-schema-validator.js';

/**
 * What the whole-schema validator reports for `data`, built from the split validators: the root
 * keywords first, then each top-level key in schema order (Ajv's own order). A key is validated
 * again only when its subtree is not the object validated last time (edits share structure, and
 * mergedOnce keeps unchanged merged subtrees).
 */
export function schemaErrors(data: Json): SchemaValidatorError[] {
  const errors = validateRoot(data) ? [] : [...(validateRoot.errors ?? [])];
  // like Ajv's `properties`, only an object's keys are looked into
  if (!isObject(data)) return errors;
  for (const property of propertyValidators) {
    const subtree = data[property.key];
    if (subtree === undefined) continue;
    for (const error of propertyErrors(property, subtree)) errors.push(error);
  }
  return errors;
}

interface CachedErrors {
  subtree: Json;
  errors: readonly SchemaValidatorError[];
}

/** Per top-level key: the last subtree validated and its errors. */
const errorsByKey = new Map<string, CachedErrors>();

/** The errors of one top-level key's value, in the whole schema's terms; cached by identity. */
function propertyErrors(property: PropertyValidator, subtree: Json): readonly SchemaValidatorError[] {
  const cached = errorsByKey.get(property.key);
  if (cached && cached.subtree === subtree) return cached.errors;
  // Ajv prefixes the instancePath it is given; the schemaPath is rewritten by atRoot
  const valid = property.validate(subtree, { instancePath: property.instancePath });
  const errors = valid ? [] : (property.validate.errors ?? []).map((e) => atRoot(e, property));
  errorsByKey.set(property.key, { subtree, errors });
  return errors;
}

/**
 * An error of a property's validator as the whole validator reports it: instancePath is already
 * prefixed (passed to the validator), schemaPath starts at the property's subschema ('#/…').
 */
function atRoot(error: SchemaValidatorError, property: PropertyValidator): SchemaValidatorError {
  return { ...error, schemaPath: property.schemaPath + error.schemaPath.slice(1) };
}
