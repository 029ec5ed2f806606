import type { JsonObject } from '../model/json.ts';
import type { RenderOptions, RenderResult } from './types.ts';

/**
 * PLACEHOLDER until the real renderer lands: renders only the Ingress, to wire up the preview.
 * The renderer replaces this with every component of chart 4.4.0.
 */
export function renderChart(config: JsonObject, options: RenderOptions): RenderResult {
  const ingress = (config.ingress ?? {}) as JsonObject;
  if (ingress.enabled !== true) return { objects: [], errors: [] };
  const hosts = (ingress.hosts as string[] | undefined) ?? [];
  const rule = (host: string) => ({
    ...(host ? { host } : {}),
    http: {
      paths: [
        { path: '/', pathType: 'Prefix', backend: { service: { name: 'proxy-public', port: { name: 'http' } } } },
      ],
    },
  });
  return {
    objects: [
      {
        source: 'jupyterhub/templates/ingress.yaml',
        component: 'ingress',
        object: {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'Ingress',
          metadata: { name: 'jupyterhub', namespace: options.namespace },
          spec: { rules: (hosts.length ? hosts : ['']).map(rule) },
        },
      },
    ],
    errors: [],
  };
}
