/**
 * The chart's values schema, as the admin meets it. schema/ holds one module per job: the split
 * validators' errors (schema-errors), violations (where, which keyword, the value), messages for
 * admins (messages, removed-keys, closest-key, validate-schema) and helm's own report
 * (helm-report). This path keeps the names its importers use.
 */
export { schemaErrors } from './schema/schema-errors.ts';
export { pointerToPath } from './schema/pointer-to-path.ts';
export { schemaViolations, toViolations, type SchemaViolation } from './schema/violations.ts';
export { typeWord } from './schema/messages.ts';
export { validateSchema } from './schema/validate-schema.ts';
export { formatHelmSchemaErrors } from './schema/helm-report.ts';
