export { renderChart } from './render-chart.ts';
export { manifestsToYaml } from './manifests-yaml.ts';
export type { ChartError, RenderedObject, RenderOptions, RenderResult } from './types.ts';
