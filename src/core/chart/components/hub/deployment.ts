import { goStr } from '../../go/go-yaml.ts';
import { labels, matchLabels, matchLabelsLM, type Ctx } from '../../ctx.ts';
import { doc, type Doc } from '../../doc.ts';
import {
  concat,
  coreAffinity,
  extraEnv,
  imagePullSecrets,
  imageRef,
  items,
  plain,
  plainText,
  spliceMap,
  tpl,
  trimSlash,
} from '../../helpers.ts';
import { checksumOf } from '../../incremental/checksums.ts';
import { awaitSecretChecksum } from '../../incremental/deferred-secret-checksum.ts';
import { isMap, truthy, type Any } from '../../values.ts';

const C = 'hub';

/**
 * Deployment hub. With `secret` null, its checksum/secret annotation is left empty, to be set by
 * withSecretChecksum: the Secret changes with every edit of the values, and the rest of this
 * Deployment only with the hub's values, so the two are remembered apart (render-chart.ts).
 */
export function hubDeployment(ctx: Ctx, configMap: Doc, secret: Doc | null): Doc {
  const v = ctx.v;
  const hub = v.hub ?? {};
  const n = ctx.names;
  const T = 'hub/deployment.yaml';

  const volumes: Any[] = [
    { name: 'config', configMap: { name: n.hub } },
    { name: 'secret', secret: { secretName: n.hub } },
  ];
  if (n.hubExistingSecret) volumes.push({ name: 'existing-secret', secret: { secretName: plainText(n.hubExistingSecret) } });
  const fileKeys = isMap(hub.extraFiles) ? Object.keys(hub.extraFiles).sort() : [];
  if (truthy(hub.extraFiles)) {
    volumes.push({
      name: 'files',
      secret: {
        secretName: n.hub,
        items: fileKeys.map((key) => {
          const item: Any = { key, path: key };
          if (truthy(hub.extraFiles[key]?.mode)) item.mode = plain(hub.extraFiles[key].mode);
          return item;
        }),
      },
    });
  }
  if (truthy(hub.extraVolumes)) volumes.push(...items(hub.extraVolumes));
  const sqlite = hub.db?.type === 'sqlite-pvc';
  if (sqlite) volumes.push({ name: 'pvc', persistentVolumeClaim: { claimName: n.hubPvc } });

  let args: Any[];
  if (truthy(hub.args)) args = items(hub.args).map((a) => plain(tpl(ctx, a)));
  else {
    args = ['jupyterhub', '--config', '/usr/local/etc/jupyterhub/jupyterhub_config.py'];
    if (truthy(v.debug?.enabled)) args.push('--debug');
    const up = hub.db?.upgrade;
    if (typeof up === 'boolean') {
      if (up) args.push('--upgrade-db');
    } else if (up === null || up === undefined) {
      if (sqlite) args.push('--upgrade-db');
    }
  }

  const volumeMounts: Any[] = [
    { mountPath: '/usr/local/etc/jupyterhub/jupyterhub_config.py', subPath: 'jupyterhub_config.py', name: 'config' },
    { mountPath: '/usr/local/etc/jupyterhub/z2jh.py', subPath: 'z2jh.py', name: 'config' },
    { mountPath: '/usr/local/etc/jupyterhub/config/', name: 'config' },
    { mountPath: '/usr/local/etc/jupyterhub/secret/', name: 'secret' },
  ];
  if (n.hubExistingSecret) volumeMounts.push({ mountPath: '/usr/local/etc/jupyterhub/existing-secret/', name: 'existing-secret' });
  for (const key of fileKeys) volumeMounts.push({ mountPath: plain(hub.extraFiles[key]?.mountPath), subPath: key, name: 'files' });
  if (truthy(hub.extraVolumeMounts)) volumeMounts.push(...items(hub.extraVolumeMounts));
  if (sqlite) {
    const m: Any = { mountPath: '/srv/jupyterhub', name: 'pvc' };
    if (truthy(hub.db?.pvc?.subPath)) m.subPath = goStr(hub.db.pvc.subPath);
    volumeMounts.push(m);
  }

  const container: Record<string, Any> = { name: 'hub', image: imageRef(hub.image) };
  if (truthy(hub.command)) container.command = items(hub.command).map((c) => plain(tpl(ctx, c)));
  container.args = args;
  container.volumeMounts = volumeMounts;
  if (truthy(hub.resources)) container.resources = hub.resources;
  if (truthy(hub.image?.pullPolicy)) container.imagePullPolicy = plain(hub.image.pullPolicy);
  if (truthy(hub.containerSecurityContext)) container.securityContext = hub.containerSecurityContext;
  if (truthy(hub.lifecycle)) container.lifecycle = hub.lifecycle;
  container.env = [
    { name: 'PYTHONUNBUFFERED', value: '1' },
    { name: 'HELM_RELEASE_NAME', value: ctx.release },
    { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
    {
      name: 'CONFIGPROXY_AUTH_TOKEN',
      valueFrom: { secretKeyRef: { name: n.hub, key: 'hub.config.ConfigurableHTTPProxy.auth_token' } },
    },
    ...extraEnv(hub.extraEnv, T, '206:16'),
  ];
  container.ports = [{ name: 'http', containerPort: 8081 }];
  const healthPath = `${trimSlash(goStr(hub.baseUrl))}/hub/health`;
  for (const probe of ['livenessProbe', 'readinessProbe'] as const) {
    const p = hub[probe];
    if (truthy(p?.enabled)) {
      container[probe] = {
        initialDelaySeconds: plain(p.initialDelaySeconds),
        periodSeconds: plain(p.periodSeconds),
        timeoutSeconds: plain(p.timeoutSeconds),
        failureThreshold: plain(p.failureThreshold),
        httpGet: { path: plainText(healthPath), port: 'http' },
      };
    }
  }

  const podSpec: Record<string, Any> = {};
  if (truthy(v.scheduling?.podPriority?.enabled)) podSpec.priorityClassName = n.priority;
  if (truthy(hub.nodeSelector)) podSpec.nodeSelector = hub.nodeSelector;
  const tolerations = concat(v.scheduling?.corePods?.tolerations, hub.tolerations);
  if (tolerations.length) podSpec.tolerations = tolerations;
  const affinity = coreAffinity(ctx);
  if (affinity) podSpec.affinity = affinity;
  podSpec.volumes = volumes;
  if (n.hubServiceAccount) podSpec.serviceAccountName = plainText(n.hubServiceAccount);
  if (truthy(hub.podSecurityContext)) podSpec.securityContext = hub.podSecurityContext;
  const pullSecrets = imagePullSecrets(ctx, hub.image);
  if (pullSecrets) podSpec.imagePullSecrets = pullSecrets;
  if (truthy(hub.initContainers)) podSpec.initContainers = hub.initContainers;
  podSpec.containers = [container, ...(truthy(hub.extraContainers) ? items(hub.extraContainers) : [])];
  if (truthy(hub.extraPodSpec)) spliceMap(podSpec, hub.extraPodSpec);

  const spec: Record<string, Any> = {};
  if (hub.revisionHistoryLimit !== null && hub.revisionHistoryLimit !== undefined) spec.revisionHistoryLimit = plain(hub.revisionHistoryLimit);
  spec.replicas = 1;
  spec.selector = { matchLabels: matchLabels(ctx, C) };
  spec.strategy = hub.deploymentStrategy ?? null;
  const podLabels = spliceMap(
    {
      ...matchLabelsLM(ctx, C),
      'hub.jupyter.org/network-access-proxy-api': 'true',
      'hub.jupyter.org/network-access-proxy-http': 'true',
      'hub.jupyter.org/network-access-singleuser': 'true',
    },
    truthy(hub.labels) ? hub.labels : undefined,
  );
  const ownAnnotations = truthy(hub.annotations) ? hub.annotations : undefined;
  const annotations = spliceMap(
    { 'checksum/config-map': checksumOf(configMap), 'checksum/secret': secret ? checksumOf(secret) : '' },
    ownAnnotations,
  );
  spec.template = { metadata: { labels: podLabels, annotations }, spec: podSpec };

  const d = doc(T, C, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: n.hub, labels: labels(ctx, C) },
    spec,
  });
  // the admin's own checksum/secret annotation wins over the chart's: then there is nothing to set
  if (!secret && !(isMap(ownAnnotations) && Object.hasOwn(ownAnnotations, 'checksum/secret'))) awaitSecretChecksum(d.object);
  return d;
}
