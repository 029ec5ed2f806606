import { goStr } from '../../go/go-yaml.ts';
import { labels, matchLabels, type Ctx } from '../../ctx.ts';
import { doc, type Doc } from '../../doc.ts';
import { items, plain, plainText, spliceMap, trimSlash } from '../../helpers.ts';
import { isMap, truthy, type Any } from '../../values.ts';

const C = 'hub';

/** templates/hub/service.yaml */
export function hubService(ctx: Ctx): Doc {
  const hub = ctx.v.hub ?? {};
  const svc = hub.service ?? {};
  const ann = isMap(svc.annotations) ? svc.annotations : {};
  const annotations: Record<string, Any> = {};
  if (!truthy(ann['prometheus.io/scrape'])) annotations['prometheus.io/scrape'] = 'true';
  if (!truthy(ann['prometheus.io/path'])) annotations['prometheus.io/path'] = plainText(`${trimSlash(goStr(hub.baseUrl))}/hub/metrics`);
  if (!truthy(ann['prometheus.io/port'])) annotations['prometheus.io/port'] = '8081';
  spliceMap(annotations, truthy(svc.annotations) ? svc.annotations : undefined);
  const port: Record<string, Any> = { name: 'hub', port: 8081, targetPort: 'http' };
  if (truthy(svc.ports?.nodePort)) port.nodePort = plain(svc.ports.nodePort);
  if (truthy(svc.ports?.appProtocol)) port.appProtocol = plain(svc.ports.appProtocol);
  const spec: Record<string, Any> = {
    type: plain(svc.type),
    selector: matchLabels(ctx, C),
    ports: [port, ...(truthy(svc.extraPorts) ? items(svc.extraPorts) : [])],
  };
  if (truthy(svc.loadBalancerIP)) spec.loadBalancerIP = plain(svc.loadBalancerIP);
  if (truthy(svc.ipFamilyPolicy)) spec.ipFamilyPolicy = plain(svc.ipFamilyPolicy);
  if (truthy(svc.ipFamilies)) spec.ipFamilies = svc.ipFamilies;
  return doc('hub/service.yaml', C, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: ctx.names.hub, labels: labels(ctx, C), annotations },
    spec,
  });
}
