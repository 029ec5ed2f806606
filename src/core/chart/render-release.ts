import type { JsonObject } from '../model/json.ts';
import { formatHelmSchemaErrors } from '../validate/schema.ts';
import { kubeVersionRefusal, readKubeVersion } from './kube-version.ts';
import { renderChart } from './render-chart.ts';
import type { RenderOptions, RenderResult } from './types.ts';

/**
 * What `helm template` does with a config: first the chart's values schema (helm refuses the whole
 * config, listing every violation, before rendering anything), then the templates with their own
 * `fail`/`required` checks; with a target Kubernetes version, the chart's kubeVersion gate in
 * between. The browser preview and the CLI both call this.
 */
export function renderRelease(config: JsonObject, options: RenderOptions): RenderResult {
  // helm's order: the --kube-version flag is read before anything, the values schema comes next,
  // then the chart's kubeVersion gate, and only then the templates
  const kube = options.kubeVersion;
  if (kube !== undefined) {
    const read = readKubeVersion(kube);
    if (!read.ok) return { objects: [], errors: [{ message: read.message }] };
  }
  const schemaError = formatHelmSchemaErrors(config);
  if (schemaError) return { objects: [], errors: [{ message: schemaError }] };
  const refused = kube === undefined ? undefined : kubeVersionRefusal(kube);
  if (refused) return { objects: [], errors: [{ message: refused }] };
  return renderChart(config, options);
}
