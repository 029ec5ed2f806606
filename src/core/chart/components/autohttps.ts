import { goStr, toYaml } from '../go/go-yaml.ts';
import { sha256Hex } from '../go/sha256.ts';
import { CHART_LABEL, TemplateFail, labels, matchLabels, matchLabelsLM, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import { concat, coreAffinity, egressRules, extraEnv, imagePullSecrets, items, netpolIngress, plain, plainText, spliceMap } from '../helpers.ts';
import { isMap, mergoMerge, truthy, type Any } from '../values.ts';
import { pdbDoc } from './pdb-doc.ts';
import type { HttpsMode } from './proxy.ts';

const C = 'autohttps';

const CIPHER_SUITES = [
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
];

/** Traefik's static configuration as the chart builds it, before the user's extraStaticConfig. */
function traefikStatic(ctx: Ctx): Record<string, Any> {
  const le = ctx.v.proxy?.https?.letsencrypt ?? {};
  return {
    accessLog: {
      fields: { headers: { names: { Authorization: 'redacted', Cookie: 'redacted', 'Set-Cookie': 'redacted', 'X-Xsrftoken': 'redacted' } } },
      filters: { statusCodes: ['500-599'] },
    },
    certificatesResolvers: {
      default: {
        acme: {
          caServer: plain(le.acmeServer),
          email: plain(le.contactEmail),
          httpChallenge: { entryPoint: 'http' },
          storage: '/etc/acme/acme.json',
        },
      },
    },
    entryPoints: {
      http: { address: ':8080' },
      https: { address: ':8443', transport: { respondingTimeouts: { idleTimeout: '10m0s' } } },
    },
    log: { level: truthy(ctx.v.debug?.enabled) ? 'DEBUG' : 'WARN' },
    providers: { file: { filename: '/etc/traefik/dynamic.yaml' } },
  };
}

/** Traefik's dynamic configuration as the chart builds it, before the user's extraDynamicConfig. */
function traefikDynamic(ctx: Ctx): Record<string, Any> {
  const hsts = ctx.v.proxy?.traefik?.hsts ?? {};
  const hosts = items(ctx.v.proxy?.https?.hosts);
  return {
    http: {
      middlewares: {
        hsts: {
          headers: {
            stsIncludeSubdomains: plain(hsts.includeSubdomains),
            stsPreload: plain(hsts.preload),
            stsSeconds: plain(hsts.maxAge),
          },
        },
        redirect: { redirectScheme: { permanent: true, scheme: 'https' } },
        scheme: { headers: { customRequestHeaders: { 'X-Scheme': 'https' } } },
      },
      routers: {
        default: {
          entrypoints: ['https'],
          middlewares: ['hsts', 'scheme'],
          rule: 'PathPrefix(`/`)',
          service: 'default',
          tls: {
            certResolver: 'default',
            domains: hosts.length ? hosts.map((h) => ({ main: plain(h) })) : null,
            options: 'default',
          },
        },
        insecure: { entrypoints: ['http'], middlewares: ['redirect'], rule: 'PathPrefix(`/`)', service: 'default' },
      },
      services: { default: { loadBalancer: { servers: [{ url: 'http://proxy-http:8000/' }] } } },
    },
    tls: { options: { default: { cipherSuites: CIPHER_SUITES, minVersion: 'VersionTLS12', sniStrict: true } } },
  };
}

/**
 * The merged Traefik configurations. The chart merges its own configuration INTO the values'
 * extraStaticConfig / extraDynamicConfig maps (sprig `merge` mutates its first argument), which
 * then also shows in Secret `hub`'s values.yaml; `applyToValues` reproduces that.
 */
export interface TraefikConfigs {
  staticConfig: Record<string, Any>;
  dynamicConfig: Record<string, Any>;
}

export function traefikConfigs(ctx: Ctx, mode: HttpsMode): TraefikConfigs | undefined {
  if (!mode.auto) return undefined;
  const traefik = ctx.v.proxy?.traefik ?? {};
  const staticConfig = mergoMerge(isMap(traefik.extraStaticConfig) ? traefik.extraStaticConfig : {}, traefikStatic(ctx));
  const dynamicConfig = mergoMerge(isMap(traefik.extraDynamicConfig) ? traefik.extraDynamicConfig : {}, traefikDynamic(ctx));
  return { staticConfig, dynamicConfig };
}

export function applyToValues(v: Any, cfg: TraefikConfigs): Any {
  return {
    ...v,
    proxy: {
      ...v.proxy,
      traefik: { ...v.proxy.traefik, extraStaticConfig: cfg.staticConfig, extraDynamicConfig: cfg.dynamicConfig },
    },
  };
}

/** templates/proxy/autohttps/configmap.yaml (where the chart requires contactEmail) */
export function autohttpsConfigMap(ctx: Ctx, cfg: TraefikConfigs | undefined): Doc | undefined {
  if (!cfg) return undefined;
  if (!truthy(ctx.v.proxy?.https?.letsencrypt?.contactEmail)) {
    throw new TemplateFail('proxy/autohttps/configmap.yaml', '4:57', 'proxy.https.letsencrypt.contactEmail is a required field');
  }
  return doc('proxy/autohttps/configmap.yaml', C, {
    kind: 'ConfigMap',
    apiVersion: 'v1',
    metadata: { name: ctx.names.autohttps, labels: labels(ctx, C) },
    data: { 'traefik.yaml': toYaml(cfg.staticConfig) + '\n', 'dynamic.yaml': toYaml(cfg.dynamicConfig) + '\n' },
  });
}

/** The other autohttps objects (and the traefik PodDisruptionBudget, which ignores autohttps). */
export function autohttpsDocs(ctx: Ctx, mode: HttpsMode, cfg: TraefikConfigs | undefined): Doc[] {
  const out: Doc[] = [];
  const v = ctx.v;
  const n = ctx.names;
  const traefik = v.proxy?.traefik ?? {};
  if (truthy(traefik.pdb?.enabled)) out.push(pdbDoc(ctx, 'proxy/autohttps/pdb.yaml', C, 'proxy', traefik.pdb));
  if (!mode.auto || !cfg) return out;

  const staticYaml = toYaml(cfg.staticConfig);

  // Deployment
  const secretSync = v.proxy?.secretSync ?? {};
  const syncImage = plainText(`${goStr(secretSync.image?.name)}:${goStr(secretSync.image?.tag)}`);
  const loadAcme: Record<string, Any> = { name: 'load-acme', image: goStr(syncImage) };
  if (truthy(secretSync.image?.pullPolicy)) loadAcme.imagePullPolicy = plain(secretSync.image.pullPolicy);
  loadAcme.args = ['load', n.proxyPublicTls, 'acme.json', '/etc/acme/acme.json'];
  const env = extraEnv(traefik.extraEnv, 'proxy/autohttps/deployment.yaml', '76:16');
  loadAcme.env = [{ name: 'PYTHONUNBUFFERED', value: 'True' }, ...env];
  loadAcme.volumeMounts = [{ name: 'certificates', mountPath: '/etc/acme' }];
  if (truthy(secretSync.containerSecurityContext)) loadAcme.securityContext = secretSync.containerSecurityContext;

  const tc: Record<string, Any> = { name: 'traefik', image: `${goStr(traefik.image?.name)}:${goStr(traefik.image?.tag)}` };
  if (truthy(traefik.image?.pullPolicy)) tc.imagePullPolicy = plain(traefik.image.pullPolicy);
  if (truthy(traefik.resources)) tc.resources = traefik.resources;
  tc.ports = [
    { name: 'http', containerPort: 8080 },
    { name: 'https', containerPort: 8443 },
    ...(truthy(traefik.extraPorts) ? items(traefik.extraPorts) : []),
  ];
  tc.volumeMounts = [
    { name: 'traefik-config', mountPath: '/etc/traefik' },
    { name: 'certificates', mountPath: '/etc/acme' },
    ...(truthy(traefik.extraVolumeMounts) ? items(traefik.extraVolumeMounts) : []),
  ];
  if (truthy(traefik.extraEnv)) tc.env = env;
  if (truthy(traefik.containerSecurityContext)) tc.securityContext = traefik.containerSecurityContext;

  const sync: Record<string, Any> = { name: 'secret-sync', image: `${goStr(secretSync.image?.name)}:${goStr(secretSync.image?.tag)}` };
  if (truthy(secretSync.image?.pullPolicy)) sync.imagePullPolicy = plain(secretSync.image.pullPolicy);
  if (truthy(secretSync.resources)) sync.resources = secretSync.resources;
  sync.args = [
    'watch-save',
    plainText(`--label=app.kubernetes.io/name=${ctx.appLabel}`),
    plainText(`--label=app.kubernetes.io/instance=${ctx.release}`),
    `--label=helm.sh/chart=${CHART_LABEL}`,
    '--label=app.kubernetes.io/managed-by=secret-sync',
    n.proxyPublicTls,
    'acme.json',
    '/etc/acme/acme.json',
  ];
  sync.env = [{ name: 'PYTHONUNBUFFERED', value: 'True' }];
  sync.volumeMounts = [{ name: 'certificates', mountPath: '/etc/acme' }];
  if (truthy(secretSync.containerSecurityContext)) sync.securityContext = secretSync.containerSecurityContext;

  const podSpec: Record<string, Any> = {};
  if (n.autohttpsServiceAccount) podSpec.serviceAccountName = plainText(n.autohttpsServiceAccount);
  if (truthy(v.scheduling?.podPriority?.enabled)) podSpec.priorityClassName = n.priority;
  if (truthy(traefik.nodeSelector)) podSpec.nodeSelector = traefik.nodeSelector;
  const tolerations = concat(v.scheduling?.corePods?.tolerations, traefik.tolerations);
  if (tolerations.length) podSpec.tolerations = tolerations;
  const affinity = coreAffinity(ctx);
  if (affinity) podSpec.affinity = affinity;
  podSpec.volumes = [
    { name: 'certificates', emptyDir: {} },
    { name: 'traefik-config', configMap: { name: n.autohttps } },
    ...(truthy(traefik.extraVolumes) ? items(traefik.extraVolumes) : []),
  ];
  const pullSecrets = imagePullSecrets(ctx, traefik.image);
  if (pullSecrets) podSpec.imagePullSecrets = pullSecrets;
  podSpec.initContainers = [loadAcme, ...(truthy(traefik.extraInitContainers) ? items(traefik.extraInitContainers) : [])];
  podSpec.containers = [tc, sync];
  if (truthy(traefik.extraPodSpec)) spliceMap(podSpec, traefik.extraPodSpec);

  const spec: Record<string, Any> = {};
  if (traefik.revisionHistoryLimit !== null && traefik.revisionHistoryLimit !== undefined) {
    spec.revisionHistoryLimit = plain(traefik.revisionHistoryLimit);
  }
  spec.replicas = 1;
  spec.selector = { matchLabels: matchLabels(ctx, C) };
  spec.template = {
    metadata: {
      labels: spliceMap(
        { ...matchLabelsLM(ctx, C), 'hub.jupyter.org/network-access-proxy-http': 'true' },
        truthy(traefik.labels) ? traefik.labels : undefined,
      ),
      annotations: { 'checksum/static-config': sha256Hex(staticYaml) },
    },
    spec: podSpec,
  };
  out.push(
    doc('proxy/autohttps/deployment.yaml', C, {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: n.autohttps, labels: labels(ctx, C) },
      spec,
    }),
  );

  const np = traefik.networkPolicy;
  if (truthy(np?.enabled)) {
    out.push(
      doc('proxy/autohttps/netpol.yaml', C, {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: n.autohttps, labels: labels(ctx, C) },
        spec: {
          podSelector: { matchLabels: matchLabels(ctx, C) },
          policyTypes: ['Ingress', 'Egress'],
          ingress: netpolIngress(np, [[[{ port: 'http' }, { port: 'https' }], 'hub.jupyter.org/network-access-proxy-http']]),
          egress: [
            { to: [{ podSelector: { matchLabels: matchLabels(ctx, 'proxy') } }], ports: [{ port: 8000 }] },
            ...egressRules(ctx, np),
          ],
        },
      }),
    );
  }

  if (truthy(v.rbac?.create)) {
    const roleMeta: Record<string, Any> = { name: n.autohttps, labels: labels(ctx, C) };
    if (truthy(traefik.serviceAccount?.annotations)) roleMeta.annotations = traefik.serviceAccount.annotations;
    out.push(
      doc('proxy/autohttps/rbac.yaml', C, {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
        metadata: roleMeta,
        rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'patch', 'list', 'create'] }],
      }),
      doc('proxy/autohttps/rbac.yaml', C, {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: n.autohttps, labels: labels(ctx, C) },
        subjects: [{ kind: 'ServiceAccount', name: plainText(n.autohttpsServiceAccount), apiGroup: null }],
        roleRef: { kind: 'Role', name: n.autohttps, apiGroup: 'rbac.authorization.k8s.io' },
      }),
    );
  }

  const svc = v.proxy?.service ?? {};
  const svcMeta: Record<string, Any> = {
    name: n.proxyHttp,
    labels: spliceMap(labels(ctx, C), truthy(svc.labels) ? svc.labels : undefined),
  };
  if (truthy(svc.annotations)) svcMeta.annotations = svc.annotations;
  const svcSpec: Record<string, Any> = {
    type: 'ClusterIP',
    selector: matchLabels(ctx, 'proxy'),
    ports: [{ port: 8000, targetPort: 'http' }],
  };
  if (truthy(svc.ipFamilyPolicy)) svcSpec.ipFamilyPolicy = plain(svc.ipFamilyPolicy);
  if (truthy(svc.ipFamilies)) svcSpec.ipFamilies = svc.ipFamilies;
  out.push(doc('proxy/autohttps/service.yaml', C, { apiVersion: 'v1', kind: 'Service', metadata: svcMeta, spec: svcSpec }));

  if (truthy(traefik.serviceAccount?.create)) {
    out.push(
      doc('proxy/autohttps/serviceaccount.yaml', C, {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name: plainText(n.autohttpsServiceAccount), labels: labels(ctx, C) },
      }),
    );
  }
  return out;
}
