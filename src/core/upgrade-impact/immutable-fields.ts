import { formatFieldPath } from '../upgrade-diff/field-diff.ts';
import type { ResourceChange } from '../upgrade-diff/resource-diff.ts';
import type { Impact } from './impact.ts';
import { quantityBytes } from './quantity.ts';

/**
 * Fields Kubernetes refuses to change in place: helm upgrade fails on them ("field is immutable")
 * until the object is deleted, and deleting a PVC deletes its data.
 */
export function immutableFieldChanges(resources: readonly ResourceChange[]): Impact[] {
  const out: Impact[] = [];
  for (const r of resources) {
    if (r.change !== 'changed') continue;
    const at = (...path: string[]) => r.fields.filter((f) => path.every((p, i) => f.path[i] === p));
    const resource = `${r.kind} ${r.name}`;
    const refuse = (what: string, then: string) => out.push({ code: 'delete-first', severity: 'danger', resource, title: `${resource} must be deleted first`, reason: `${what} cannot change in place: helm upgrade fails with "field is immutable"; ${then}.` });
    if (r.kind === 'Service' && at('spec', 'clusterIP').some((f) => f.change === 'changed' || (f.change === 'added' && f.after !== ''))) {
      refuse('its spec.clusterIP', 'delete the Service before the upgrade (it is recreated; its cluster address changes)');
    }
    if (['Deployment', 'StatefulSet', 'DaemonSet'].includes(r.kind) && at('spec', 'selector').length > 0) {
      refuse(`its ${unique(at('spec', 'selector').map((f) => formatFieldPath(f.path))).join(', ')}`, `delete the ${r.kind} before the upgrade (its pods are replaced)`);
    }
    if (r.kind === 'PersistentVolumeClaim') {
      if (at('spec', 'storageClassName').length > 0) refuse('its storage class (spec.storageClassName)', 'moving to another class means a new volume: back up the data, delete the PVC, restore');
      const size = at('spec', 'resources', 'requests', 'storage')[0];
      const before = size && typeof size.before === 'string' ? quantityBytes(size.before) : undefined;
      const after = size && typeof size.after === 'string' ? quantityBytes(size.after) : undefined;
      if (before !== undefined && after !== undefined && after < before) {
        refuse(`its size shrinks from ${String(size!.before)} to ${String(size!.after)}, which`, 'a volume never shrinks: keep the size, or back up, delete the PVC and restore');
      } else if (before !== undefined && after !== undefined && after > before) {
        out.push({ code: 'delete-first', severity: 'info', resource, title: `${resource} grows from ${String(size!.before)} to ${String(size!.after)}`, reason: 'a volume grows in place only if its storage class allows volume expansion; otherwise helm upgrade fails on it.' });
      }
      if (at('spec', 'accessModes').length > 0) refuse('its access modes (spec.accessModes)', 'back up the data, delete the PVC and restore');
    }
  }
  return out;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
