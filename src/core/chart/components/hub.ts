/**
 * Hub's templates are ported in components/hub/ (one module per file of the chart's
 * templates/hub/), their memory in incremental/. This path stays only for the src/ui test that
 * reads the values.yaml counter from here; import from incremental/values-yaml-b64.ts instead.
 */
export { valuesYamlB64Count } from '../incremental/values-yaml-b64.ts';
