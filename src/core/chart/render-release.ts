import type { JsonObject } from '../model/json.ts';
import { formatHelmSchemaErrors } from '../validate/schema.ts';
import { renderChart } from './render-chart.ts';
import type { RenderOptions, RenderResult } from './types.ts';

/**
 * What `helm template` does with a config: first the chart's values schema (helm refuses the whole
 * config, listing every violation, before rendering anything), then the templates with their own
 * `fail`/`required` checks. The browser preview and the CLI both call this.
 */
export function renderRelease(config: JsonObject, options: RenderOptions): RenderResult {
  const schemaError = formatHelmSchemaErrors(config);
  if (schemaError) return { objects: [], errors: [{ message: schemaError }] };
  return renderChart(config, options);
}
