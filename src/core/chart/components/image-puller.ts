import { goStr } from '../go/go-yaml.ts';
import { sha256Hex } from '../go/sha256.ts';
import { labels, matchLabels, matchLabelsLM, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import { concat, imagePullSecrets, imageRef, items, plain, plainText, spliceMap } from '../helpers.ts';
import { isMap, truthy, type Any } from '../values.ts';
import { userNodeAffinityRequired } from './user-placeholder.ts';

const IP = 'image-puller';
const PULL_COMMAND = ['/bin/sh', '-c', 'echo "Pulling complete"'];
const HOOK = 'pre-install,pre-upgrade';
const HOOK_DELETE = 'before-hook-creation,hook-succeeded';

function hookAnnotations(weight: string, extra?: Any): Record<string, Any> {
  return spliceMap(
    { 'helm.sh/hook': HOOK, 'helm.sh/hook-delete-policy': HOOK_DELETE, 'helm.sh/hook-weight': weight },
    truthy(extra) ? extra : undefined,
  );
}

function hookLabels(ctx: Ctx, component: string): Record<string, Any> {
  return { ...labels(ctx, component), 'hub.jupyter.org/deletable': 'true' };
}

function pullContainer(ctx: Ctx, name: string, image: Any, pullPolicy?: Any): Record<string, Any> {
  const pp = ctx.v.prePuller ?? {};
  const c: Record<string, Any> = { name: plainText(name), image };
  if (truthy(pullPolicy)) c.imagePullPolicy = plain(pullPolicy);
  c.command = PULL_COMMAND;
  if (truthy(pp.resources)) c.resources = pp.resources;
  if (truthy(pp.containerSecurityContext)) c.securityContext = pp.containerSecurityContext;
  return c;
}

function pullInitContainers(ctx: Ctx): Any[] {
  const v = ctx.v;
  const su = v.singleuser ?? {};
  const pp = v.prePuller ?? {};
  const out: Any[] = [];
  const cm = su.cloudMetadata ?? {};
  const block = isMap(cm) && Object.hasOwn(cm, 'enabled') ? !truthy(cm.enabled) : truthy(cm.blockWithIptables);
  if (block) {
    const img = su.networkTools?.image;
    out.push(pullContainer(ctx, 'image-pull-metadata-block', imageRef(img), img?.pullPolicy));
  }
  out.push(pullContainer(ctx, 'image-pull-singleuser', imageRef(su.image)));
  concat(su.initContainers, su.extraContainers).forEach((c, k) => {
    out.push(pullContainer(ctx, `image-pull-singleuser-init-and-extra-containers-${k}`, plain(c?.image)));
  });
  if (truthy(pp.pullProfileListImages)) {
    items(su.profileList).forEach((profile, k) => {
      if (truthy(profile?.kubespawner_override) && truthy(profile.kubespawner_override.image)) {
        out.push(pullContainer(ctx, `image-pull-singleuser-profilelist-${k}`, plain(profile.kubespawner_override.image)));
      }
      if (truthy(profile?.profile_options) && isMap(profile.profile_options)) {
        for (const option of Object.keys(profile.profile_options).sort()) {
          const spec = profile.profile_options[option];
          if (!truthy(spec?.choices) || !isMap(spec.choices)) continue;
          for (const choice of Object.keys(spec.choices).sort()) {
            const cs = spec.choices[choice];
            if (truthy(cs?.kubespawner_override) && truthy(cs.kubespawner_override.image)) {
              out.push(pullContainer(ctx, `image-pull-profile-${k}-option-${option}-${choice}`, plain(cs.kubespawner_override.image)));
            }
          }
        }
      }
    });
  }
  if (isMap(pp.extraImages)) {
    for (const key of Object.keys(pp.extraImages).sort()) {
      const img = pp.extraImages[key];
      out.push(pullContainer(ctx, `image-pull-${key}`, imageRef(img), img?.pullPolicy));
    }
  }
  return out;
}

/** `jupyterhub.imagePuller.daemonset` for the hook or the continuous puller. */
export function imagePullerDaemonSet(ctx: Ctx, hook: boolean, initContainers: Any[]): Record<string, Any> {
  const v = ctx.v;
  const pp = v.prePuller ?? {};
  const su = v.singleuser ?? {};
  const n = ctx.names;
  const component = hook ? 'hook-image-puller' : 'continuous-image-puller';
  const metadata: Record<string, Any> = {
    name: hook ? n.hookImagePuller : n.continuousImagePuller,
    labels: hook ? hookLabels(ctx, component) : labels(ctx, component),
  };
  if (hook) metadata.annotations = hookAnnotations('-10', pp.hook?.daemonsetAnnotations);
  else if (truthy(pp.continuous?.daemonsetAnnotations)) metadata.annotations = pp.continuous.daemonsetAnnotations;

  const podSpec: Record<string, Any> = {};
  if (truthy(v.scheduling?.podPriority?.enabled)) podSpec.priorityClassName = n.imagePullerPriority;
  if (truthy(su.nodeSelector)) podSpec.nodeSelector = su.nodeSelector;
  const tolerations = concat(v.scheduling?.userPods?.tolerations, su.extraTolerations, pp.extraTolerations);
  if (tolerations.length) podSpec.tolerations = tolerations;
  const required = userNodeAffinityRequired(ctx);
  if (required.length) podSpec.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: required } } };
  podSpec.terminationGracePeriodSeconds = 0;
  const sa = hook ? n.hookImagePullerServiceAccount : n.continuousImagePullerServiceAccount;
  if (sa) podSpec.serviceAccountName = plainText(sa);
  podSpec.automountServiceAccountToken = false;
  const pullSecrets = imagePullSecrets(ctx, su.image);
  if (pullSecrets) podSpec.imagePullSecrets = pullSecrets;
  podSpec.initContainers = initContainers;
  const pause: Record<string, Any> = { name: 'pause', image: imageRef(pp.pause?.image) };
  if (truthy(pp.resources)) pause.resources = pp.resources;
  if (truthy(pp.pause?.containerSecurityContext)) pause.securityContext = pp.pause.containerSecurityContext;
  podSpec.containers = [pause];

  const spec: Record<string, Any> = {
    selector: { matchLabels: matchLabels(ctx, component) },
    updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '100%' } },
  };
  if (pp.revisionHistoryLimit !== null && pp.revisionHistoryLimit !== undefined) spec.revisionHistoryLimit = plain(pp.revisionHistoryLimit);
  const templateMeta: Record<string, Any> = { labels: spliceMap(matchLabelsLM(ctx, component), truthy(pp.labels) ? pp.labels : undefined) };
  if (truthy(pp.annotations)) templateMeta.annotations = pp.annotations;
  spec.template = { metadata: templateMeta, spec: podSpec };
  return { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata, spec };
}

export interface ImagePullerPlan {
  initContainers: Any[];
  hookDaemonSet: Record<string, Any>;
  /** `checksum_hook-image-puller`: sha256 over our rendering of the hook DaemonSet */
  hookChecksum: string;
}

export function imagePullerPlan(ctx: Ctx): ImagePullerPlan {
  const initContainers = pullInitContainers(ctx);
  const hookDaemonSet = imagePullerDaemonSet(ctx, true, initContainers);
  // the chart pins the component label and chart version before hashing; hash the spec
  const hookChecksum = sha256Hex(JSON.stringify(hookDaemonSet.spec));
  return { initContainers, hookDaemonSet, hookChecksum };
}

export function imagePullerDocs(ctx: Ctx, plan: ImagePullerPlan): Doc[] {
  const v = ctx.v;
  const pp = v.prePuller ?? {};
  const n = ctx.names;
  const out: Doc[] = [];
  const hookOn = truthy(pp.hook?.enabled); // lookup finds nothing under helm template
  const continuousOn = truthy(pp.continuous?.enabled);

  if (continuousOn) {
    out.push(doc('image-puller/daemonset-continuous.yaml', IP, imagePullerDaemonSet(ctx, false, plan.initContainers)));
  }
  if (hookOn) out.push(doc('image-puller/daemonset-hook.yaml', IP, plan.hookDaemonSet));
  if (hookOn) {
    const hook = pp.hook ?? {};
    const container: Record<string, Any> = { image: imageRef(hook.image), name: n.hookImageAwaiter };
    if (truthy(hook.image?.pullPolicy)) container.imagePullPolicy = plain(hook.image.pullPolicy);
    container.command = [
      '/image-awaiter',
      '-ca-path=/var/run/secrets/kubernetes.io/serviceaccount/ca.crt',
      '-auth-token-path=/var/run/secrets/kubernetes.io/serviceaccount/token',
      '-api-server-address=https://kubernetes.default.svc:$(KUBERNETES_SERVICE_PORT)',
      plainText(`-namespace=${ctx.namespace}`),
      `-daemonset=${n.hookImagePuller}`,
      plainText(`-pod-scheduling-wait-duration=${goStr(hook.podSchedulingWaitDuration)}`),
    ];
    if (truthy(hook.containerSecurityContext)) container.securityContext = hook.containerSecurityContext;
    if (truthy(hook.resources)) container.resources = hook.resources;
    const podSpec: Record<string, Any> = { restartPolicy: 'Never' };
    if (n.hookImageAwaiterServiceAccount) podSpec.serviceAccountName = plainText(n.hookImageAwaiterServiceAccount);
    if (truthy(hook.nodeSelector)) podSpec.nodeSelector = hook.nodeSelector;
    const tolerations = concat(v.scheduling?.corePods?.tolerations, hook.tolerations);
    if (tolerations.length) podSpec.tolerations = tolerations;
    const pullSecrets = imagePullSecrets(ctx, hook.image);
    if (pullSecrets) podSpec.imagePullSecrets = pullSecrets;
    podSpec.containers = [container];
    const templateMeta: Record<string, Any> = { labels: spliceMap(matchLabelsLM(ctx, IP), truthy(pp.labels) ? pp.labels : undefined) };
    if (truthy(pp.annotations)) templateMeta.annotations = pp.annotations;
    out.push(
      doc('image-puller/job.yaml', IP, {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: n.hookImageAwaiter, labels: hookLabels(ctx, IP), annotations: hookAnnotations('10') },
        spec: { template: { metadata: templateMeta, spec: podSpec } },
      }),
    );
  }

  const pri = v.scheduling?.podPriority;
  if (truthy(pri?.enabled) && (truthy(pp.hook?.enabled) || continuousOn)) {
    out.push(
      doc('image-puller/priorityclass.yaml', IP, {
        apiVersion: 'scheduling.k8s.io/v1',
        kind: 'PriorityClass',
        metadata: {
          name: n.imagePullerPriority,
          annotations: { 'meta.helm.sh/release-name': ctx.release, 'meta.helm.sh/release-namespace': ctx.namespace },
          labels: labels(ctx, IP),
        },
        value: plain(pri.imagePullerPriority),
        globalDefault: false,
        description:
          'Enables [hook|continuous]-image-puller pods to fit on nodes even though they are clogged by user-placeholder pods, while not evicting normal user pods.',
      }),
    );
  }

  if (truthy(v.rbac?.create) && hookOn) {
    out.push(
      doc('image-puller/rbac.yaml', IP, {
        kind: 'Role',
        apiVersion: 'rbac.authorization.k8s.io/v1',
        metadata: { name: n.hookImageAwaiter, labels: hookLabels(ctx, IP), annotations: hookAnnotations('0') },
        rules: [{ apiGroups: ['apps'], resources: ['daemonsets'], verbs: ['get'] }],
      }),
      doc('image-puller/rbac.yaml', IP, {
        kind: 'RoleBinding',
        apiVersion: 'rbac.authorization.k8s.io/v1',
        metadata: { name: n.hookImageAwaiter, labels: hookLabels(ctx, IP), annotations: hookAnnotations('0') },
        subjects: [{ kind: 'ServiceAccount', name: plainText(n.hookImageAwaiterServiceAccount), namespace: ctx.namespace }],
        roleRef: { kind: 'Role', name: n.hookImageAwaiter, apiGroup: 'rbac.authorization.k8s.io' },
      }),
    );
  }

  if (truthy(pp.continuous?.serviceAccount?.create) && continuousOn) {
    const ann = pp.continuous.serviceAccount.annotations;
    out.push(
      doc('image-puller/serviceaccount-continuous.yaml', IP, {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name: n.continuousImagePuller, labels: labels(ctx, IP), annotations: truthy(ann) ? ann : null },
      }),
    );
  }
  if (truthy(pp.hook?.serviceAccountImagePuller?.create) && hookOn) {
    out.push(
      doc('image-puller/serviceaccount-hook.yaml', IP, {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: {
          name: plainText(n.hookImagePullerServiceAccount),
          labels: hookLabels(ctx, IP),
          annotations: hookAnnotations('-10', pp.hook.serviceAccountImagePuller.annotations),
        },
      }),
    );
  }
  if (truthy(pp.hook?.serviceAccount?.create) && hookOn) {
    out.push(
      doc('image-puller/serviceaccount.yaml', IP, {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: {
          name: plainText(n.hookImageAwaiterServiceAccount),
          labels: hookLabels(ctx, IP),
          annotations: hookAnnotations('0', pp.hook.serviceAccount.annotations),
        },
      }),
    );
  }
  return out;
}
