import type { Path } from '../model/json.ts';

/** The Gateway API route the chart renders when `httpRoute.enabled` (chart 4.3+). */
export const HTTPROUTE_PATHS = {
  enabled: ['httpRoute', 'enabled'],
  hostnames: ['httpRoute', 'hostnames'],
  annotations: ['httpRoute', 'annotations'],
  gatewayName: ['httpRoute', 'gateway', 'name'],
  gatewayNamespace: ['httpRoute', 'gateway', 'namespace'],
  sectionName: ['httpRoute', 'gateway', 'sectionName'],
} as const satisfies Record<string, Path>;
