import { goStr, toYaml } from '../go/go-yaml.ts';
import { labels, matchLabels, matchLabelsLM, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import { concat, coreAffinity, imagePullSecrets, imageRef, items, plain, plainText, spliceMap } from '../helpers.ts';
import { isMap, truthy, type Any } from '../values.ts';
import { checksumOf, pdbDoc } from './hub.ts';

function priorityMeta(ctx: Ctx, name: string, component: string): Record<string, Any> {
  return {
    name,
    annotations: { 'meta.helm.sh/release-name': ctx.release, 'meta.helm.sh/release-namespace': ctx.namespace },
    labels: labels(ctx, component),
  };
}

/** templates/scheduling/priorityclass.yaml */
export function defaultPriorityClass(ctx: Ctx): Doc | undefined {
  const pp = ctx.v.scheduling?.podPriority;
  if (!truthy(pp?.enabled)) return undefined;
  return doc('scheduling/priorityclass.yaml', 'default-priority', {
    apiVersion: 'scheduling.k8s.io/v1',
    kind: 'PriorityClass',
    metadata: priorityMeta(ctx, ctx.names.priority, 'default-priority'),
    value: plain(pp.defaultPriority),
    globalDefault: plain(pp.globalDefault),
    description: 'A default priority higher than user placeholders priority.',
  });
}

// --- user scheduler -----------------------------------------------------------------------------

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

// --- user placeholder ---------------------------------------------------------------------------

const UP = 'user-placeholder';

const USER_PURPOSE = [{ key: 'hub.jupyter.org/node-purpose', operator: 'In', values: ['user'] }];

/** `jupyterhub.userNodeAffinityRequired` as a list of node selector terms. */
export function userNodeAffinityRequired(ctx: Ctx): Any[] {
  const out: Any[] = [];
  if (ctx.v.scheduling?.userPods?.nodeAffinity?.matchNodePurpose === 'require') out.push({ matchExpressions: USER_PURPOSE });
  const extra = ctx.v.singleuser?.extraNodeAffinity?.required;
  if (truthy(extra)) out.push(...items(extra));
  return out;
}

function userNodeAffinityPreferred(ctx: Ctx): Any[] {
  const out: Any[] = [];
  if (ctx.v.scheduling?.userPods?.nodeAffinity?.matchNodePurpose === 'prefer') {
    out.push({ weight: 100, preference: { matchExpressions: USER_PURPOSE } });
  }
  const extra = ctx.v.singleuser?.extraNodeAffinity?.preferred;
  if (truthy(extra)) out.push(...items(extra));
  return out;
}

function affinityPart(required: Any, preferred: Any, wrapRequired: boolean): Any | undefined {
  const req = truthy(required);
  const pref = truthy(preferred);
  if (!req && !pref) return undefined;
  const out: Any = {};
  if (req) {
    out.requiredDuringSchedulingIgnoredDuringExecution = wrapRequired ? { nodeSelectorTerms: required } : required;
  }
  if (pref) out.preferredDuringSchedulingIgnoredDuringExecution = preferred;
  return out;
}

/** `jupyterhub.userAffinity` */
export function userAffinity(ctx: Ctx): Any | undefined {
  const su = ctx.v.singleuser ?? {};
  const out: Any = {};
  const node = affinityPart(userNodeAffinityRequired(ctx), userNodeAffinityPreferred(ctx), true);
  if (node) out.nodeAffinity = node;
  const pod = affinityPart(su.extraPodAffinity?.required, su.extraPodAffinity?.preferred, false);
  if (pod) out.podAffinity = pod;
  const anti = affinityPart(su.extraPodAntiAffinity?.required, su.extraPodAntiAffinity?.preferred, false);
  if (anti) out.podAntiAffinity = anti;
  return Object.keys(out).length ? out : undefined;
}

/** `jupyterhub.singleuser.resources` */
export function singleuserResources(ctx: Ctx): Any | undefined {
  const su = ctx.v.singleuser ?? {};
  const out: Any = {};
  const part = (cpu: Any, memory: Any, extra: Any) => {
    const r: Any = {};
    if (truthy(cpu)) r.cpu = plain(cpu);
    if (truthy(memory)) r.memory = plain(memory);
    if (truthy(extra) && isMap(extra)) for (const k of Object.keys(extra).sort()) r[k] = goStr(extra[k]);
    return r;
  };
  if (truthy(su.cpu?.guarantee) || truthy(su.memory?.guarantee) || truthy(su.extraResource?.guarantees)) {
    out.requests = part(su.cpu?.guarantee, su.memory?.guarantee, su.extraResource?.guarantees);
  }
  if (truthy(su.cpu?.limit) || truthy(su.memory?.limit) || truthy(su.extraResource?.limits)) {
    out.limits = part(su.cpu?.limit, su.memory?.limit, su.extraResource?.limits);
  }
  return Object.keys(out).length ? out : undefined;
}

export function userPlaceholderDocs(ctx: Ctx): Doc[] {
  const v = ctx.v;
  const up = v.scheduling?.userPlaceholder ?? {};
  if (!truthy(up.enabled)) return [];
  const n = ctx.names;
  const out: Doc[] = [
    doc('scheduling/user-placeholder/pdb.yaml', UP, {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: n.userPlaceholder, labels: labels(ctx, UP) },
      spec: { minAvailable: 0, selector: { matchLabels: matchLabels(ctx, UP) } },
    }),
  ];
  const pp = v.scheduling?.podPriority;
  if (truthy(pp?.enabled)) {
    out.push(
      doc('scheduling/user-placeholder/priorityclass.yaml', UP, {
        apiVersion: 'scheduling.k8s.io/v1',
        kind: 'PriorityClass',
        metadata: priorityMeta(ctx, n.userPlaceholderPriority, UP),
        value: plain(pp.userPlaceholderPriority),
        globalDefault: false,
        description:
          'With a priority higher or eqaul to a cluster autoscalers priority cutoff, a pod can trigger a cluster scale up. At the same time, placeholder pods priority should be lower than other pods to make them evictable.',
      }),
    );
  }

  const container: Record<string, Any> = { name: 'pause', image: imageRef(up.image) };
  const resources = truthy(up.resources) ? up.resources : singleuserResources(ctx);
  if (resources) container.resources = resources;
  if (truthy(up.image?.pullPolicy)) container.imagePullPolicy = plain(up.image.pullPolicy);
  if (truthy(up.containerSecurityContext)) container.securityContext = up.containerSecurityContext;

  const su = v.singleuser ?? {};
  const podSpec: Record<string, Any> = {};
  if (truthy(pp?.enabled)) podSpec.priorityClassName = n.userPlaceholderPriority;
  if (truthy(v.scheduling?.userScheduler?.enabled)) podSpec.schedulerName = n.userScheduler;
  if (truthy(su.nodeSelector)) podSpec.nodeSelector = su.nodeSelector;
  const tolerations = concat(v.scheduling?.userPods?.tolerations, su.extraTolerations);
  if (tolerations.length) podSpec.tolerations = tolerations;
  const affinity = userAffinity(ctx);
  if (affinity) podSpec.affinity = affinity;
  podSpec.terminationGracePeriodSeconds = 0;
  podSpec.automountServiceAccountToken = false;
  const pullSecrets = imagePullSecrets(ctx, up.image);
  if (pullSecrets) podSpec.imagePullSecrets = pullSecrets;
  podSpec.containers = [container];
  if (truthy(up.extraPodSpec)) spliceMap(podSpec, up.extraPodSpec);

  const templateMeta: Record<string, Any> = {};
  if (truthy(up.annotations)) templateMeta.annotations = up.annotations;
  templateMeta.labels = spliceMap(matchLabelsLM(ctx, UP), truthy(up.labels) ? up.labels : undefined);
  const spec: Record<string, Any> = { podManagementPolicy: 'Parallel' };
  if (up.revisionHistoryLimit !== null && up.revisionHistoryLimit !== undefined) spec.revisionHistoryLimit = plain(up.revisionHistoryLimit);
  spec.replicas = plain(up.replicas);
  spec.selector = { matchLabels: matchLabels(ctx, UP) };
  spec.serviceName = n.userPlaceholder;
  spec.template = { metadata: templateMeta, spec: podSpec };
  out.push(
    doc('scheduling/user-placeholder/statefulset.yaml', UP, {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: n.userPlaceholder, labels: labels(ctx, UP) },
      spec,
    }),
  );
  return out;
}
