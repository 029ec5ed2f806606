import type { Path } from '../model/json.ts';
import type { Update, WizardState } from '../model/state.ts';
import { effective, setValue } from '../model/updates.ts';

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

export function schedulingStrategy(state: WizardState): Strategy {
  return effective(state, SCHEDULING_PATHS.userScheduler) === false ? 'spread' : 'pack';
}

/** In chart 4.x the strategy is the user-scheduler on (pack) or off (spread). */
export function setSchedulingStrategy(strategy: Strategy): Update {
  return setValue(SCHEDULING_PATHS.userScheduler, strategy === 'pack');
}

/** Pack only pays off when each user asks for a known share of a node. */
export function packNeedsResources(state: WizardState): boolean {
  if (schedulingStrategy(state) !== 'pack') return false;
  return [SCHEDULING_PATHS.memoryLimit, SCHEDULING_PATHS.memoryGuarantee, SCHEDULING_PATHS.cpuLimit, SCHEDULING_PATHS.cpuGuarantee].some(
    (p) => effective(state, p) == null,
  );
}
