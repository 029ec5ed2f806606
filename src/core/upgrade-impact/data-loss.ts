import type { ResourceChange } from '../upgrade-diff/resource-diff.ts';
import { chartPart } from './pod-restarts.ts';
import type { Impact } from './impact.ts';

/**
 * Removed objects that hold data: a PVC helm deletes takes its volume with it (the default reclaim
 * policy of dynamic volumes is Delete); the hub's holds its database — users, tokens, servers.
 */
export function dataLoss(resources: readonly ResourceChange[]): Impact[] {
  const out: Impact[] = [];
  for (const r of resources) {
    if (r.change !== 'removed') continue;
    const resource = `${r.kind} ${r.name}`;
    if (r.kind === 'PersistentVolumeClaim') {
      const hub = r.name === 'hub-db-dir' || r.name.endsWith('-hub-db-dir');
      out.push({
        code: 'deletes-data',
        severity: 'danger',
        resource,
        title: `${resource} is deleted, and its data with it`,
        reason: hub
          ? "it is the hub's database (users, tokens, named servers) and it is no longer rendered (hub.db.type is no longer sqlite-pvc); back it up first."
          : 'it is no longer rendered, so helm deletes it; back up its volume first.',
      });
    } else if (r.kind === 'Secret' && chartPart(r.name) === 'hub') {
      out.push({ code: 'deletes-data', severity: 'warning', resource, title: `${resource} is deleted`, reason: 'it holds the generated cookie secret and tokens: users are logged out and services need new tokens.' });
    }
  }
  return out;
}
