import type { JsonObject } from '../model/json.ts';

/** One Kubernetes object the chart renders, with the template it comes from. */
export interface RenderedObject {
  /** e.g. `jupyterhub/templates/hub/deployment.yaml`, as helm's `# Source:` line says */
  source: string;
  /** the chart component it belongs to, for grouping in the preview: hub, proxy, ingress, … */
  component: string;
  object: JsonObject;
}

/** A refusal the chart would make (a `fail`/`required` in its templates, or a schema violation). */
export interface ChartError {
  message: string;
}

export interface RenderOptions {
  release: string;
  namespace: string;
  /**
   * `helm template --kube-version` (default 1.32, as the goldens): the chart's templates never read
   * it, but helm refuses to render below the chart's kubeVersion (render-release.ts)
   */
  kubeVersion?: string;
  /** fills the bytes of generated secrets; defaults to crypto.getRandomValues */
  randomBytes?: (n: number) => Uint8Array;
}

export interface RenderResult {
  objects: RenderedObject[];
  errors: ChartError[];
}
