import type { Path } from '../model/json.ts';
import type { WizardState } from '../model/state.ts';
import { effective } from '../model/updates.ts';

export const PREPULLER_PATHS = {
  hook: ['prePuller', 'hook', 'enabled'],
  pullOnlyOnChanges: ['prePuller', 'hook', 'pullOnlyOnChanges'],
  continuous: ['prePuller', 'continuous', 'enabled'],
  pullProfileListImages: ['prePuller', 'pullProfileListImages'],
} as const satisfies Record<string, Path>;

/**
 * The `--timeout` to give `helm upgrade` while the hook pre-puller is on: helm waits for every node
 * to pull every image before it upgrades anything, and its 5 minute default is often too short.
 */
export function helmTimeout(state: WizardState): string | null {
  return effective(state, PREPULLER_PATHS.hook) === false ? null : '10m0s';
}
