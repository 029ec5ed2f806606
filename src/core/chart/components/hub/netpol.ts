import { labels, matchLabels, type Ctx } from '../../ctx.ts';
import { doc, type Doc } from '../../doc.ts';
import { egressRules, netpolIngress } from '../../helpers.ts';
import { truthy } from '../../values.ts';

const C = 'hub';

/** templates/hub/netpol.yaml */
export function hubNetpol(ctx: Ctx): Doc | undefined {
  const np = ctx.v.hub?.networkPolicy;
  if (!truthy(np?.enabled)) return undefined;
  return doc('hub/netpol.yaml', C, {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: ctx.names.hub, labels: labels(ctx, C) },
    spec: {
      podSelector: { matchLabels: matchLabels(ctx, C) },
      policyTypes: ['Ingress', 'Egress'],
      ingress: netpolIngress(np, [[[{ port: 'http' }], 'hub.jupyter.org/network-access-hub']]),
      egress: [
        { to: [{ podSelector: { matchLabels: matchLabels(ctx, 'proxy') } }], ports: [{ port: 8001 }] },
        { to: [{ podSelector: { matchLabels: matchLabels(ctx, 'singleuser-server') } }], ports: [{ port: 8888 }] },
        ...egressRules(ctx, np),
      ],
    },
  });
}
