export { renderChart } from './render-chart.ts';
export { renderRelease } from './render-release.ts';
export { manifestsToYaml } from './manifests-yaml.ts';
export { sameRenderedContent } from './incremental/same-rendered-content.ts';
export type { ChartError, RenderedObject, RenderOptions, RenderResult } from './types.ts';
