import { labels, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import { isMap, truthy, type Any } from '../values.ts';

/** templates/httproute.yaml */
export function httpRouteDoc(ctx: Ctx): Doc | undefined {
  const hr = ctx.v.httpRoute ?? {};
  if (!truthy(hr.enabled)) return undefined;
  const metadata: Record<string, Any> = { name: ctx.names.httpRoute, labels: labels(ctx, 'httproute') };
  if (truthy(hr.annotations)) metadata.annotations = hr.annotations;
  const parent: Record<string, Any> = { kind: 'Gateway' };
  if (truthy(hr.gateway) && isMap(hr.gateway)) Object.assign(parent, hr.gateway);
  const spec: Record<string, Any> = { parentRefs: [parent] };
  if (truthy(hr.hostnames)) spec.hostnames = hr.hostnames;
  spec.rules = [{ backendRefs: [{ name: ctx.names.proxyPublic, port: 80 }] }];
  return doc('httproute.yaml', 'httproute', { kind: 'HTTPRoute', apiVersion: 'gateway.networking.k8s.io/v1', metadata, spec });
}
