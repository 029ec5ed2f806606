import type { Doc } from './doc.ts';

/** helm's InstallOrder of kinds (pkg/release/util/kind_sorter.go). */
const INSTALL_ORDER = [
  'PriorityClass', 'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy',
  'PodDisruptionBudget', 'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap', 'StorageClass',
  'PersistentVolume', 'PersistentVolumeClaim', 'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleList',
  'ClusterRoleBinding', 'ClusterRoleBindingList', 'Role', 'RoleList', 'RoleBinding', 'RoleBindingList',
  'Service', 'DaemonSet', 'Pod', 'ReplicationController', 'ReplicaSet', 'Deployment',
  'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress', 'APIService',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
];
const RANK = new Map(INSTALL_ORDER.map((k, i) => [k, i]));

function isHook(d: Doc): boolean {
  const ann = (d.object.metadata as { annotations?: Record<string, unknown> | null } | undefined)?.annotations;
  return !!ann && typeof ann === 'object' && 'helm.sh/hook' in ann;
}

function byKind(a: Doc, b: Doc): number {
  const ka = String(a.object.kind);
  const kb = String(b.object.kind);
  const ra = RANK.get(ka);
  const rb = RANK.get(kb);
  if (ra === undefined && rb === undefined) return ka < kb ? -1 : ka > kb ? 1 : 0;
  if (ra === undefined) return 1;
  if (rb === undefined) return -1;
  return ra - rb;
}

function byPath(a: Doc, b: Doc): number {
  return a.template < b.template ? -1 : a.template > b.template ? 1 : 0;
}

/**
 * `helm template`'s order: documents in template-path order (keeping their order within a file),
 * stably sorted by kind; the hooks after all the other objects, sorted the same way.
 */
export function helmOrder(docs: Doc[]): Doc[] {
  const sorted = docs.slice().sort(byPath); // Array.prototype.sort is stable
  const plain = sorted.filter((d) => !isHook(d)).sort(byKind);
  const hooks = sorted.filter(isHook).sort(byKind);
  return [...plain, ...hooks];
}

/** The order helm executes templates in, so the first failure is the one helm reports. */
export function templateRenderOrder(a: string, b: string): number {
  const da = a.split('/').length;
  const db = b.split('/').length;
  if (da !== db) return db - da;
  return a < b ? 1 : a > b ? -1 : 0;
}
