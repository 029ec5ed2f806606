import { labels, matchLabels, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import { egressRules, netpolIngress } from '../helpers.ts';
import { truthy, type Any } from '../values.ts';
import { extraFilesData } from './hub/extra-files.ts';

/** templates/singleuser/netpol.yaml */
export function singleuserNetpol(ctx: Ctx): Doc | undefined {
  const np = ctx.v.singleuser?.networkPolicy;
  if (!truthy(np?.enabled)) return undefined;
  return doc('singleuser/netpol.yaml', 'singleuser', {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: ctx.names.singleuser, labels: labels(ctx, 'singleuser') },
    spec: {
      podSelector: { matchLabels: matchLabels(ctx, 'singleuser-server') },
      policyTypes: ['Ingress', 'Egress'],
      ingress: netpolIngress(np, [[[{ port: 'notebook-port' }], 'hub.jupyter.org/network-access-singleuser']]),
      egress: [
        { to: [{ podSelector: { matchLabels: matchLabels(ctx, 'hub') } }], ports: [{ port: 8081 }] },
        { to: [{ podSelector: { matchLabels: matchLabels(ctx, 'proxy') } }], ports: [{ port: 8000 }] },
        { to: [{ podSelector: { matchLabels: matchLabels(ctx, 'autohttps') } }], ports: [{ port: 8080 }, { port: 8443 }] },
        ...egressRules(ctx, np),
      ],
    },
  });
}

/** templates/singleuser/secret.yaml */
export function singleuserSecret(ctx: Ctx, toToml: (v: Any) => string): Doc | undefined {
  const files = ctx.v.singleuser?.extraFiles;
  if (!truthy(files)) return undefined;
  const { data, stringData } = extraFilesData(files, 'singleuser/secret.yaml', { mount: '9:9', count: '9:9', ext: '13:9' }, toToml);
  const object: Record<string, Any> = {
    kind: 'Secret',
    apiVersion: 'v1',
    metadata: { name: ctx.names.singleuser, labels: labels(ctx, 'singleuser') },
    type: 'Opaque',
  };
  if (Object.keys(data).length) object.data = data;
  if (Object.keys(stringData).length) object.stringData = stringData;
  return doc('singleuser/secret.yaml', 'singleuser', object);
}
