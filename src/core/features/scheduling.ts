import type { JsonObject, Path } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import type { Update, WizardState } from '../model/state.ts';
import { setValue } from '../model/updates.ts';
import { withDefaults } from '../values/coalesce.ts';
import { isSet, truthy } from '../values/shape.ts';

/**
 * spread: the default Kubernetes scheduler places users on the least busy nodes.
 * pack: the chart's user-scheduler fills nodes one by one so an autoscaler can remove empty ones.
 */
export type Strategy = 'spread' | 'pack';

export const SCHEDULING_PATHS = {
  userScheduler: ['scheduling', 'userScheduler', 'enabled'],
  podPriority: ['scheduling', 'podPriority', 'enabled'],
  placeholders: ['scheduling', 'userPlaceholder', 'enabled'],
  placeholderReplicas: ['scheduling', 'userPlaceholder', 'replicas'],
  corePurpose: ['scheduling', 'corePods', 'nodeAffinity', 'matchNodePurpose'],
  userPurpose: ['scheduling', 'userPods', 'nodeAffinity', 'matchNodePurpose'],
  memoryLimit: ['singleuser', 'memory', 'limit'],
  memoryGuarantee: ['singleuser', 'memory', 'guarantee'],
  cpuLimit: ['singleuser', 'cpu', 'limit'],
  cpuGuarantee: ['singleuser', 'cpu', 'guarantee'],
} as const satisfies Record<string, Path>;

export type NodePurposeMatch = 'ignore' | 'prefer' | 'require';

/** Spread or pack, of values coalesced with the chart's defaults: the user-scheduler off or on. */
export function schedulingStrategyOf(v: JsonObject): Strategy {
  return truthy(getIn(v, SCHEDULING_PATHS.userScheduler)) ? 'pack' : 'spread';
}

export function schedulingStrategy(state: WizardState): Strategy {
  return schedulingStrategyOf(withDefaults(state.values));
}

/** In chart 4.x the strategy is the user-scheduler on (pack) or off (spread). */
export function setSchedulingStrategy(strategy: Strategy): Update {
  return setValue(SCHEDULING_PATHS.userScheduler, strategy === 'pack');
}

/**
 * Pack only pays off when each user asks for a known share of a node: the user scheduler packs by
 * requests, so without guarantees a node looks empty however many users run on it, and without
 * limits one user can take it all. The settings missing for that (`singleuser.memory.limit` …),
 * none when spreading. The one rule the forms and validation share.
 */
/**
 * `missingPackResources`, said only about what the admin set: their values choose the scheduler or
 * give users resources. A blank start runs on the chart's own defaults (pack, no limits): warning
 * about those is noise before the admin has touched anything.
 */
export function packResourcesToSet(own: JsonObject, v: JsonObject): string[] {
  const chose = getIn(own, SCHEDULING_PATHS.userScheduler) !== undefined || getIn(own, ['singleuser', 'memory']) !== undefined || getIn(own, ['singleuser', 'cpu']) !== undefined;
  return chose ? missingPackResources(v) : [];
}

export function missingPackResources(v: JsonObject): string[] {
  if (schedulingStrategyOf(v) !== 'pack') return [];
  const missing: string[] = [];
  for (const resource of ['memory', 'cpu'] as const) {
    for (const kind of ['guarantee', 'limit'] as const) if (!isSet(getIn(v, ['singleuser', resource, kind]))) missing.push(`singleuser.${resource}.${kind}`);
  }
  return missing;
}
