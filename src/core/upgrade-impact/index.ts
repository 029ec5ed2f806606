import type { ReleaseComparison } from '../upgrade-diff/compare-releases.ts';
import { dataLoss } from './data-loss.ts';
import { hookPrePuller } from './hook-prepuller.ts';
import type { Impact } from './impact.ts';
import { immutableFieldChanges } from './immutable-fields.ts';
import { podRestarts } from './pod-restarts.ts';
import { serviceAddressChanges } from './service-addresses.ts';
import { userServersKeepOld } from './user-servers.ts';

export type { Impact, ImpactCode } from './impact.ts';
export { HOOK_TIMEOUT } from './hook-prepuller.ts';

const ORDER = { danger: 0, warning: 1, info: 2 } as const;

/** What an upgrade means, from the two renders: the gravest first, each with its reason. */
export function upgradeImpact(c: ReleaseComparison): Impact[] {
  if (c.resources.length === 0) return [];
  const all = [
    ...dataLoss(c.resources),
    ...immutableFieldChanges(c.resources),
    ...serviceAddressChanges(c.resources),
    ...podRestarts(c.resources),
    ...hookPrePuller(c),
    ...userServersKeepOld(c.resources),
  ];
  return all.map((impact, i) => ({ impact, i })).sort((a, b) => ORDER[a.impact.severity] - ORDER[b.impact.severity] || a.i - b.i).map((x) => x.impact);
}
