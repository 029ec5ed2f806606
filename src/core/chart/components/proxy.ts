import { b64enc } from '../go/base64.ts';
import { goStr } from '../go/go-yaml.ts';
import { sha256Hex } from '../go/sha256.ts';
import { TemplateFail, labels, matchLabels, matchLabelsLM, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import {
  concat,
  coreAffinity,
  egressRules,
  extraEnv,
  imagePullSecrets,
  imageRef,
  items,
  netpolIngress,
  plain,
  plainText,
  spliceMap,
  tpl,
} from '../helpers.ts';
import { autoHttpsRendered } from '../../features/https.ts';
import { truthy, type Any } from '../values.ts';
import { checksumOf } from '../incremental/checksums.ts';
import { pdbDoc } from './pdb-doc.ts';

const C = 'proxy';

/** The HTTPS mode flags the proxy templates derive from proxy.https. */
export interface HttpsMode {
  enabled: boolean;
  auto: boolean;
  manual: boolean;
  secret: boolean;
  offload: boolean;
}

export function httpsMode(ctx: Ctx): HttpsMode {
  const https = ctx.v.proxy?.https ?? {};
  const enabled = truthy(https.enabled);
  const type = https.type;
  return {
    enabled,
    // the one rule the forms and validation share (features/https.ts)
    auto: autoHttpsRendered(ctx.v),
    manual: enabled && type === 'manual',
    secret: enabled && type === 'secret',
    offload: enabled && type === 'offload',
  };
}

export function proxySecret(ctx: Ctx, mode: HttpsMode): Doc | undefined {
  if (!mode.manual) return undefined;
  const manual = ctx.v.proxy?.https?.manual ?? {};
  if (!truthy(manual.cert)) throw new TemplateFail('proxy/secret.yaml', '11:48', 'Required configuration missing: proxy.https.manual.cert');
  if (!truthy(manual.key)) throw new TemplateFail('proxy/secret.yaml', '12:47', 'Required configuration missing: proxy.https.manual.key');
  return doc('proxy/secret.yaml', C, {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: ctx.names.proxyPublicManualTls, labels: labels(ctx, C) },
    type: 'kubernetes.io/tls',
    data: { 'tls.crt': plainText(b64enc(goStr(manual.cert))), 'tls.key': plainText(b64enc(goStr(manual.key))) },
  });
}

export function proxyDeployment(ctx: Ctx, mode: HttpsMode, authToken: string, secret: Doc | undefined): Doc {
  const v = ctx.v;
  const proxy = v.proxy ?? {};
  const chp = proxy.chp ?? {};
  const n = ctx.names;
  const tls = mode.manual || mode.secret;

  const hubEnv = n.hub.toUpperCase().replace(/-/g, '_');
  const hubHost = `http://${n.hub}:$(${hubEnv}_SERVICE_PORT)`;
  const command: Any[] = [
    'configurable-http-proxy',
    '--ip=',
    '--api-ip=',
    '--api-port=8001',
    plainText(`--default-target=${truthy(chp.defaultTarget) ? goStr(chp.defaultTarget) : hubHost}`),
    plainText(`--error-target=${truthy(chp.errorTarget) ? goStr(chp.errorTarget) : `${hubHost}/hub/error`}`),
  ];
  if (mode.manual) {
    command.push('--port=8443', '--redirect-port=8000', '--redirect-to=443', '--ssl-key=/etc/chp/tls/tls.key', '--ssl-cert=/etc/chp/tls/tls.crt');
  } else if (mode.secret) {
    command.push(
      '--port=8443',
      '--redirect-port=8000',
      '--redirect-to=443',
      plainText(`--ssl-key=/etc/chp/tls/${goStr(proxy.https.secret?.key)}`),
      plainText(`--ssl-cert=/etc/chp/tls/${goStr(proxy.https.secret?.crt)}`),
    );
  } else command.push('--port=8000');
  if (truthy(v.debug?.enabled)) command.push('--log-level=debug');
  const jh = v.hub?.config?.JupyterHub;
  if (jh === null || jh === undefined) {
    // the template reads .Values.hub.config.JupyterHub.subdomain_host without a guard
    const t = 'jupyterhub/templates/proxy/deployment.yaml';
    throw new TemplateFail(
      'proxy/deployment.yaml',
      '103:26',
      `${t}:103:26\n  executing "${t}" at <.Values.hub.config.JupyterHub.subdomain_host>:\n    nil pointer evaluating interface {}.subdomain_host`,
      true,
    );
  }
  if (truthy(jh?.subdomain_host)) command.push('--host-routing');
  for (const flag of items(chp.extraCommandLineFlags)) command.push(plain(tpl(ctx, flag)));

  const container: Record<string, Any> = { name: 'chp', image: imageRef(chp.image), command };
  if (tls) container.volumeMounts = [{ name: 'tls-secret', mountPath: '/etc/chp/tls', readOnly: true }];
  if (truthy(chp.resources)) container.resources = chp.resources;
  container.env = [
    {
      name: 'CONFIGPROXY_AUTH_TOKEN',
      valueFrom: { secretKeyRef: { name: n.hub, key: 'hub.config.ConfigurableHTTPProxy.auth_token' } },
    },
    ...extraEnv(chp.extraEnv, 'proxy/deployment.yaml', '129:16'),
  ];
  if (truthy(chp.image?.pullPolicy)) container.imagePullPolicy = plain(chp.image.pullPolicy);
  container.ports = [
    ...(tls ? [{ name: 'https', containerPort: 8443 }] : []),
    { name: 'http', containerPort: 8000 },
    { name: 'api', containerPort: 8001 },
  ];
  for (const probe of ['livenessProbe', 'readinessProbe'] as const) {
    const p = chp[probe];
    if (truthy(p?.enabled)) {
      container[probe] = {
        initialDelaySeconds: plain(p.initialDelaySeconds),
        periodSeconds: plain(p.periodSeconds),
        timeoutSeconds: plain(p.timeoutSeconds),
        failureThreshold: plain(p.failureThreshold),
        httpGet: tls
          ? { path: '/_chp_healthz', port: 'https', scheme: 'HTTPS' }
          : { path: '/_chp_healthz', port: 'http', scheme: 'HTTP' },
      };
    }
  }
  if (truthy(chp.containerSecurityContext)) container.securityContext = chp.containerSecurityContext;

  const podSpec: Record<string, Any> = { terminationGracePeriodSeconds: 60 };
  if (truthy(v.scheduling?.podPriority?.enabled)) podSpec.priorityClassName = n.priority;
  if (truthy(chp.nodeSelector)) podSpec.nodeSelector = chp.nodeSelector;
  const tolerations = concat(v.scheduling?.corePods?.tolerations, chp.tolerations);
  if (tolerations.length) podSpec.tolerations = tolerations;
  const affinity = coreAffinity(ctx);
  if (affinity) podSpec.affinity = affinity;
  if (mode.manual) podSpec.volumes = [{ name: 'tls-secret', secret: { secretName: n.proxyPublicManualTls } }];
  else if (mode.secret) podSpec.volumes = [{ name: 'tls-secret', secret: { secretName: plain(proxy.https.secret?.name) } }];
  const pullSecrets = imagePullSecrets(ctx, chp.image);
  if (pullSecrets) podSpec.imagePullSecrets = pullSecrets;
  podSpec.containers = [container];
  if (truthy(chp.extraPodSpec)) spliceMap(podSpec, chp.extraPodSpec);

  const spec: Record<string, Any> = {};
  if (chp.revisionHistoryLimit !== null && chp.revisionHistoryLimit !== undefined) spec.revisionHistoryLimit = plain(chp.revisionHistoryLimit);
  spec.replicas = 1;
  spec.selector = { matchLabels: matchLabels(ctx, C) };
  spec.strategy = proxy.deploymentStrategy ?? null;
  const podLabels = spliceMap(
    {
      ...matchLabelsLM(ctx, C),
      'hub.jupyter.org/network-access-hub': 'true',
      'hub.jupyter.org/network-access-singleuser': 'true',
    },
    truthy(proxy.labels) ? proxy.labels : undefined,
  );
  const annotations = spliceMap(
    {
      'checksum/auth-token': sha256Hex(authToken).slice(0, 4),
      'checksum/proxy-secret': secret ? checksumOf(secret) : sha256Hex(''),
    },
    truthy(proxy.annotations) ? proxy.annotations : undefined,
  );
  spec.template = { metadata: { labels: podLabels, annotations }, spec: podSpec };
  return doc('proxy/deployment.yaml', C, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: n.proxy, labels: labels(ctx, C) },
    spec,
  });
}

export function proxyNetpol(ctx: Ctx, mode: HttpsMode): Doc | undefined {
  const np = ctx.v.proxy?.chp?.networkPolicy;
  if (!truthy(np?.enabled)) return undefined;
  const httpPorts: Any[] = [{ port: 'http' }];
  if (mode.manual || mode.secret) httpPorts.push({ port: 'https' });
  return doc('proxy/netpol.yaml', C, {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: ctx.names.proxy, labels: labels(ctx, C) },
    spec: {
      podSelector: { matchLabels: matchLabels(ctx, C) },
      policyTypes: ['Ingress', 'Egress'],
      ingress: netpolIngress(np, [
        [httpPorts, 'hub.jupyter.org/network-access-proxy-http'],
        [[{ port: 'api' }], 'hub.jupyter.org/network-access-proxy-api'],
      ]),
      egress: [
        { to: [{ podSelector: { matchLabels: matchLabels(ctx, 'hub') } }], ports: [{ port: 8081 }] },
        { to: [{ podSelector: { matchLabels: matchLabels(ctx, 'singleuser-server') } }], ports: [{ port: 8888 }] },
        ...egressRules(ctx, np),
      ],
    },
  });
}

export function proxyPdb(ctx: Ctx): Doc | undefined {
  const pdb = ctx.v.proxy?.chp?.pdb;
  if (!truthy(pdb?.enabled)) return undefined;
  return pdbDoc(ctx, 'proxy/pdb.yaml', C, ctx.names.proxy, pdb);
}

export function proxyServices(ctx: Ctx, mode: HttpsMode): Doc[] {
  const svc = ctx.v.proxy?.service ?? {};
  const n = ctx.names;
  const apiSpec: Record<string, Any> = { selector: matchLabels(ctx, C), ports: [{ port: 8001, targetPort: 'api' }] };
  if (truthy(svc.ipFamilyPolicy)) apiSpec.ipFamilyPolicy = plain(svc.ipFamilyPolicy);
  if (truthy(svc.ipFamilies)) apiSpec.ipFamilies = svc.ipFamilies;
  const api = doc('proxy/service.yaml', C, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: n.proxyApi, labels: labels(ctx, 'proxy-api') },
    spec: apiSpec,
  });

  const https = mode.auto || mode.manual || mode.secret || mode.offload;
  const ports: Any[] = [];
  if (https) {
    const p: Record<string, Any> = { name: 'https', port: 443, targetPort: mode.offload ? 'http' : 'https' };
    if (truthy(svc.nodePorts?.https)) p.nodePort = plain(svc.nodePorts.https);
    ports.push(p);
  }
  if (svc.disableHttpPort !== true) {
    const p: Record<string, Any> = { name: 'http', port: 80, targetPort: 'http' };
    if (truthy(svc.nodePorts?.http)) p.nodePort = plain(svc.nodePorts.http);
    ports.push(p);
  }
  if (truthy(svc.extraPorts)) ports.push(...items(svc.extraPorts));
  const spec: Record<string, Any> = {
    selector: matchLabels(ctx, mode.auto ? 'autohttps' : C),
    ports,
    type: plain(svc.type),
  };
  if (truthy(svc.loadBalancerIP)) spec.loadBalancerIP = plain(svc.loadBalancerIP);
  if (truthy(svc.ipFamilyPolicy)) spec.ipFamilyPolicy = plain(svc.ipFamilyPolicy);
  if (truthy(svc.ipFamilies)) spec.ipFamilies = svc.ipFamilies;
  if (svc.type === 'LoadBalancer' && truthy(svc.loadBalancerSourceRanges)) spec.loadBalancerSourceRanges = svc.loadBalancerSourceRanges;
  if (truthy(svc.externalIPs)) spec.externalIPs = svc.externalIPs;
  const metadata: Record<string, Any> = {
    name: n.proxyPublic,
    labels: spliceMap(labels(ctx, 'proxy-public'), truthy(svc.labels) ? svc.labels : undefined),
  };
  if (truthy(svc.annotations)) metadata.annotations = svc.annotations;
  const pub = doc('proxy/service.yaml', C, { apiVersion: 'v1', kind: 'Service', metadata, spec });
  return [api, pub];
}
