import { goStr } from '../go/go-yaml.ts';
import { rulesPerHost } from '../incremental/ingress-rules.ts';
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
  // one rule per host; while the rest of the rule stays the same, the rules of unchanged hosts
  // are the same (read-only) objects as last time (incremental/ingress-rules.ts)
  const shared = [path, ing.pathType, ing.extraPaths, ctx.names.proxyPublic];
  const keys = hosts.map((host) => (truthy(host) ? `h:${goStr(host)}` : '-'));
  spec.rules = rulesPerHost(shared, keys, (i) => {
    const host = hosts[i];
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
