import { goStr } from '../go/go-yaml.ts';
import { labels, matchLabels, matchLabelsLM, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import { concat, imagePullSecrets, imageRef, items, plain, spliceMap } from '../helpers.ts';
import { isMap, truthy, type Any } from '../values.ts';
import { priorityMeta } from './priority.ts';

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
