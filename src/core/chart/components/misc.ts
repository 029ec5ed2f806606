import { b64enc } from '../go/base64.ts';
import { goStr } from '../go/go-yaml.ts';
import { TemplateFail, labels, matchLabels, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import { egressRules, items, netpolIngress, plain, plainText, trimSlash } from '../helpers.ts';
import { isMap, truthy, type Any } from '../values.ts';
import { extraFilesData } from './hub.ts';

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

/** Go's strconv.Quote (sprig `quote`) for the text helm writes into JSON. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (cp === 0x07) out += '\\a';
    else if (cp === 0x08) out += '\\b';
    else if (cp === 0x0c) out += '\\f';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0b) out += '\\v';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (/[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch) || cp === 0x20) out += ch;
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + '"';
}

/** templates/image-pull-secret.yaml */
export function imagePullSecretDoc(ctx: Ctx): Doc | undefined {
  const ips = ctx.v.imagePullSecret ?? {};
  if (!truthy(ips.create)) return undefined;
  const registry = truthy(ips.registry) ? goStr(ips.registry) : 'https://index.docker.io/v1/';
  const sprint = (x: Any) => (x === null || x === undefined ? '<nil>' : goStr(x));
  let json = '{\n  "auths": {\n';
  json += `    ${goQuote(registry)}: {\n`;
  json += `      "username": ${goQuote(goStr(ips.username))},\n`;
  json += `      "password": ${goQuote(goStr(ips.password))},\n`;
  if (truthy(ips.email)) json += `      "email": ${goQuote(goStr(ips.email))},\n`;
  json += `      "auth": ${goQuote(b64enc(`${sprint(ips.username)}:${sprint(ips.password)}`))}\n`;
  json += '    }\n  }\n}';
  return doc('image-pull-secret.yaml', 'image-pull-secret', {
    kind: 'Secret',
    apiVersion: 'v1',
    metadata: {
      name: ctx.names.imagePullSecret,
      labels: labels(ctx, 'image-pull-secret'),
      annotations: {
        'helm.sh/hook': 'pre-install,pre-upgrade',
        'helm.sh/hook-delete-policy': 'before-hook-creation',
        'helm.sh/hook-weight': '-20',
      },
    },
    type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': b64enc(json) },
  });
}

const BREAKING_TITLE =
  '\n' +
  '\n#################################################################################' +
  '\n######   BREAKING: The config values passed contained no longer accepted    #####' +
  '\n######             options. See the messages below for more details.        #####' +
  '\n######                                                                      #####' +
  '\n######             To verify your updated config is accepted, you can use   #####' +
  '\n######             the `helm template` command.                             #####' +
  '\n#################################################################################';

/** The `fail` at the end of templates/NOTES.txt (rendered, though not printed, by helm template). */
export function notesChecks(ctx: Ctx): void {
  const v = ctx.v;
  let breaking = '';
  if (isMap(v.rbac) && Object.hasOwn(v.rbac, 'enabled')) {
    breaking +=
      '\n\nCHANGED: rbac.enabled must as of version 2.0.0 be configured via rbac.create and <hub|proxy.traefik|scheduling.userScheduler|prePuller.hook>.serviceAccount.create.';
  }
  if (isMap(v.hub) && Object.hasOwn(v.hub, 'fsGid')) {
    breaking += '\n\nCHANGED: hub.fsGid must as of version 2.0.0 be configured via hub.podSecurityContext.fsGroup.';
  }
  const su = v.singleuser ?? {};
  if (
    truthy(su.cloudMetadata?.blockWithIptables) &&
    truthy(su.networkPolicy?.enabled) &&
    truthy(su.networkPolicy?.egressAllowRules?.cloudMetadataServer)
  ) {
    breaking +=
      '\n\nCHANGED: singleuser.cloudMetadata.blockWithIptables must as of version 3.0.0 not be configured together with singleuser.networkPolicy.egressAllowRules.cloudMetadataServer as it leads to an ambiguous configuration.';
  }
  if (breaking) throw new TemplateFail('NOTES.txt', '162:4', BREAKING_TITLE + breaking + '\n\n');
}
