import { goStr } from '../go/go-yaml.ts';
import { labels, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import { items, plain, plainText, trimSlash } from '../helpers.ts';
import { truthy, type Any } from '../values.ts';

/** templates/ingress.yaml */
export function ingressDoc(ctx: Ctx): Doc | undefined {
  const ing = ctx.v.ingress ?? {};
  if (!truthy(ing.enabled)) return undefined;
  const metadata: Record<string, Any> = { name: ctx.names.ingress, labels: labels(ctx, 'ingress') };
  if (truthy(ing.annotations)) metadata.annotations = ing.annotations;
  const spec: Record<string, Any> = {};
  if (truthy(ing.ingressClassName)) spec.ingressClassName = goStr(ing.ingressClassName);
  const hosts = truthy(ing.hosts) ? items(ing.hosts) : [''];
  const path = plainText(`${trimSlash(goStr(ctx.v.hub?.baseUrl))}/${goStr(ing.pathSuffix)}`);
  spec.rules = hosts.map((host) => {
    const rule: Record<string, Any> = {
      http: {
        paths: [
          {
            path,
            pathType: plain(ing.pathType),
            backend: { service: { name: ctx.names.proxyPublic, port: { name: 'http' } } },
          },
          ...(truthy(ing.extraPaths) ? items(ing.extraPaths) : []),
        ],
      },
    };
    if (truthy(host)) rule.host = goStr(host);
    return rule;
  });
  if (truthy(ing.tls)) spec.tls = ing.tls;
  return doc('ingress.yaml', 'ingress', { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata, spec });
}
