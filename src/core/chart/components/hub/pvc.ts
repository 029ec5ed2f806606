import { goStr } from '../../go/go-yaml.ts';
import { labels, type Ctx } from '../../ctx.ts';
import { doc, type Doc } from '../../doc.ts';
import { truthy, type Any } from '../../values.ts';

const C = 'hub';

/** templates/hub/pvc.yaml: the sqlite database's volume */
export function hubPvc(ctx: Ctx): Doc | undefined {
  const db = ctx.v.hub?.db;
  if (db?.type !== 'sqlite-pvc') return undefined;
  const pvc = db.pvc ?? {};
  const metadata: Record<string, Any> = { name: ctx.names.hubPvc, labels: labels(ctx, C) };
  if (truthy(pvc.annotations)) metadata.annotations = pvc.annotations;
  const spec: Record<string, Any> = {};
  if (truthy(pvc.selector)) spec.selector = pvc.selector;
  if (typeof pvc.storageClassName === 'string') spec.storageClassName = pvc.storageClassName;
  spec.accessModes = pvc.accessModes ?? null;
  spec.resources = { requests: { storage: goStr(pvc.storage) } };
  return doc('hub/pvc.yaml', C, { kind: 'PersistentVolumeClaim', apiVersion: 'v1', metadata, spec });
}
