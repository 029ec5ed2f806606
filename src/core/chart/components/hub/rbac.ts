import { labels, type Ctx } from '../../ctx.ts';
import { doc, type Doc } from '../../doc.ts';
import { plainText } from '../../helpers.ts';
import { truthy } from '../../values.ts';

const C = 'hub';

/** templates/hub/rbac.yaml: the Role and RoleBinding of the hub's service account */
export function hubRbac(ctx: Ctx): Doc[] {
  if (!truthy(ctx.v.rbac?.create)) return [];
  const n = ctx.names;
  return [
    doc('hub/rbac.yaml', C, {
      kind: 'Role',
      apiVersion: 'rbac.authorization.k8s.io/v1',
      metadata: { name: n.hub, labels: labels(ctx, C) },
      rules: [
        {
          apiGroups: [''],
          resources: ['pods', 'persistentvolumeclaims', 'secrets', 'services'],
          verbs: ['get', 'watch', 'list', 'create', 'delete'],
        },
        { apiGroups: [''], resources: ['events'], verbs: ['get', 'watch', 'list'] },
      ],
    }),
    doc('hub/rbac.yaml', C, {
      kind: 'RoleBinding',
      apiVersion: 'rbac.authorization.k8s.io/v1',
      metadata: { name: n.hub, labels: labels(ctx, C) },
      subjects: [{ kind: 'ServiceAccount', name: plainText(n.hubServiceAccount), namespace: ctx.namespace }],
      roleRef: { kind: 'Role', name: n.hub, apiGroup: 'rbac.authorization.k8s.io' },
    }),
  ];
}
