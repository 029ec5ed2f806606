import type { Update, WizardState } from '../model/state.ts';
import { effective, setValue } from '../model/updates.ts';

/**
 * spread: the default Kubernetes scheduler places users on the least busy nodes.
 * pack: the chart's user-scheduler fills nodes one by one so an autoscaler can remove empty ones.
 */
export type Strategy = 'spread' | 'pack';

export function schedulingStrategy(state: WizardState): Strategy {
  return effective(state, ['scheduling', 'userScheduler', 'enabled']) === false ? 'spread' : 'pack';
}

/** In chart 4.x the strategy is the user-scheduler on (pack) or off (spread). */
export function setSchedulingStrategy(strategy: Strategy): Update {
  return setValue(['scheduling', 'userScheduler', 'enabled'], strategy === 'pack');
}
