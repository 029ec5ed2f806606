import { goStr, toYaml } from '../go/go-yaml.ts';
import { labels, matchLabels, matchLabelsLM, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import { concat, coreAffinity, imagePullSecrets, imageRef, plain, plainText, spliceMap } from '../helpers.ts';
import { truthy, type Any } from '../values.ts';
import { checksumOf } from '../incremental/checksums.ts';
import { pdbDoc } from './pdb-doc.ts';

const US = 'user-scheduler';

const rule = (apiGroups: string[], resources: string[], verbs: string[], resourceNames?: string[]) =>
  resourceNames ? { apiGroups, resourceNames, resources, verbs } : { apiGroups, resources, verbs };

function userSchedulerRules(lock: string): Any[] {
  const read = ['get', 'list', 'watch'];
  return [
    rule(['', 'events.k8s.io'], ['events'], ['create', 'patch', 'update']),
    rule(['coordination.k8s.io'], ['leases'], ['create']),
    rule(['coordination.k8s.io'], ['leases'], ['get', 'update'], [lock]),
    rule([''], ['nodes'], read),
    rule([''], ['pods'], ['delete', 'get', 'list', 'watch']),
    rule([''], ['bindings', 'pods/binding'], ['create']),
    rule([''], ['pods/status'], ['patch', 'update']),
    rule([''], ['replicationcontrollers', 'services'], read),
    rule(['apps', 'extensions'], ['replicasets'], read),
    rule(['apps'], ['statefulsets'], read),
    rule(['policy'], ['poddisruptionbudgets'], read),
    rule([''], ['persistentvolumeclaims', 'persistentvolumes'], read),
    rule(['authentication.k8s.io'], ['tokenreviews'], ['create']),
    rule(['authorization.k8s.io'], ['subjectaccessreviews'], ['create']),
    rule(['storage.k8s.io'], ['csinodes'], read),
    rule([''], ['namespaces'], read),
    rule(['storage.k8s.io'], ['csidrivers'], read),
    rule(['storage.k8s.io'], ['csistoragecapacities'], read),
    rule([''], ['persistentvolumes'], ['get', 'list', 'patch', 'update', 'watch']),
    rule(['storage.k8s.io'], ['storageclasses'], read),
    rule([''], ['persistentvolumeclaims'], ['get', 'list', 'patch', 'update', 'watch']),
  ];
}

function indentLines(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

export function userSchedulerDocs(ctx: Ctx): Doc[] {
  const v = ctx.v;
  const us = v.scheduling?.userScheduler ?? {};
  if (!truthy(us.enabled)) return [];
  const n = ctx.names;
  const out: Doc[] = [];

  let config =
    'apiVersion: kubescheduler.config.k8s.io/v1\n' +
    'kind: KubeSchedulerConfiguration\n' +
    'leaderElection:\n' +
    '  resourceLock: leases\n' +
    `  resourceName: ${n.userSchedulerLock}\n` +
    `  resourceNamespace: "${ctx.namespace}"\n` +
    'profiles:\n' +
    `  - schedulerName: ${n.userScheduler}`;
  if (truthy(us.plugins)) config += '\n    plugins:\n' + indentLines(toYaml(us.plugins), 6);
  if (truthy(us.pluginConfig)) config += '\n    pluginConfig:\n' + indentLines(toYaml(us.pluginConfig), 6);
  const configMap = doc('scheduling/user-scheduler/configmap.yaml', US, {
    kind: 'ConfigMap',
    apiVersion: 'v1',
    metadata: { name: n.userSchedulerDeploy, labels: labels(ctx, US) },
    data: { 'config.yaml': config + '\n' },
  });
  out.push(configMap);

  const container: Record<string, Any> = { name: 'kube-scheduler', image: imageRef(us.image) };
  if (truthy(us.image?.pullPolicy)) container.imagePullPolicy = plain(us.image.pullPolicy);
  container.command = [
    '/usr/local/bin/kube-scheduler',
    '--config=/etc/user-scheduler/config.yaml',
    '--authentication-skip-lookup=true',
    plainText(`--v=${goStr(us.logLevel)}`),
  ];
  container.volumeMounts = [{ mountPath: '/etc/user-scheduler', name: 'config' }];
  container.livenessProbe = { httpGet: { path: '/healthz', scheme: 'HTTPS', port: 10259 }, initialDelaySeconds: 15 };
  container.readinessProbe = { httpGet: { path: '/healthz', scheme: 'HTTPS', port: 10259 } };
  if (truthy(us.resources)) container.resources = us.resources;
  if (truthy(us.containerSecurityContext)) container.securityContext = us.containerSecurityContext;

  const podSpec: Record<string, Any> = {};
  if (n.userSchedulerServiceAccount) podSpec.serviceAccountName = plainText(n.userSchedulerServiceAccount);
  if (truthy(v.scheduling?.podPriority?.enabled)) podSpec.priorityClassName = n.priority;
  if (truthy(us.nodeSelector)) podSpec.nodeSelector = us.nodeSelector;
  const tolerations = concat(v.scheduling?.corePods?.tolerations, us.tolerations);
  if (tolerations.length) podSpec.tolerations = tolerations;
  const affinity = coreAffinity(ctx);
  if (affinity) podSpec.affinity = affinity;
  podSpec.volumes = [{ name: 'config', configMap: { name: n.userSchedulerDeploy } }];
  const pullSecrets = imagePullSecrets(ctx, us.image);
  if (pullSecrets) podSpec.imagePullSecrets = pullSecrets;
  podSpec.containers = [container];
  if (truthy(us.extraPodSpec)) spliceMap(podSpec, us.extraPodSpec);

  const spec: Record<string, Any> = {};
  if (us.revisionHistoryLimit !== null && us.revisionHistoryLimit !== undefined) spec.revisionHistoryLimit = plain(us.revisionHistoryLimit);
  spec.replicas = plain(us.replicas);
  spec.selector = { matchLabels: matchLabels(ctx, US) };
  spec.template = {
    metadata: {
      labels: spliceMap(matchLabelsLM(ctx, US), truthy(us.labels) ? us.labels : undefined),
      annotations: spliceMap({ 'checksum/config-map': checksumOf(configMap) }, truthy(us.annotations) ? us.annotations : undefined),
    },
    spec: podSpec,
  };
  out.push(
    doc('scheduling/user-scheduler/deployment.yaml', US, {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: n.userSchedulerDeploy, labels: labels(ctx, US) },
      spec,
    }),
  );

  if (truthy(us.pdb?.enabled)) out.push(pdbDoc(ctx, 'scheduling/user-scheduler/pdb.yaml', US, n.userSchedulerDeploy, us.pdb));

  if (truthy(v.rbac?.create)) {
    out.push(
      doc('scheduling/user-scheduler/rbac.yaml', US, {
        kind: 'ClusterRole',
        apiVersion: 'rbac.authorization.k8s.io/v1',
        metadata: { name: n.userScheduler, labels: labels(ctx, US) },
        rules: userSchedulerRules(n.userSchedulerLock),
      }),
      doc('scheduling/user-scheduler/rbac.yaml', US, {
        kind: 'ClusterRoleBinding',
        apiVersion: 'rbac.authorization.k8s.io/v1',
        metadata: { name: n.userScheduler, labels: labels(ctx, US) },
        subjects: [{ kind: 'ServiceAccount', name: plainText(n.userSchedulerServiceAccount), namespace: ctx.namespace }],
        roleRef: { kind: 'ClusterRole', name: n.userScheduler, apiGroup: 'rbac.authorization.k8s.io' },
      }),
    );
  }

  if (truthy(us.serviceAccount?.create)) {
    const metadata: Record<string, Any> = { name: plainText(n.userSchedulerServiceAccount), labels: labels(ctx, US) };
    if (truthy(us.serviceAccount.annotations)) metadata.annotations = us.serviceAccount.annotations;
    out.push(doc('scheduling/user-scheduler/serviceaccount.yaml', US, { apiVersion: 'v1', kind: 'ServiceAccount', metadata }));
  }
  return out;
}
