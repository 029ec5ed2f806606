import { CHART_VERSION } from '../../../model/chart-release.ts';
import { formatPath } from '../../../model/json.ts';
import type { UpgradeEditor } from '../editor.ts';

/** singleuser.schedulerStrategy (pack / spread) becomes the user scheduler on or off. */
export function schedulerStrategy(u: UpgradeEditor): void {
  const strategy = u.get(['singleuser', 'schedulerStrategy']);
  if (strategy === undefined) return;
  u.pre010 = true;
  const why =
    'singleuser.schedulerStrategy was removed (a no-op since 0.8.0, a schema error since 1.0.0). ' +
    'Packing users onto few nodes is now the job of scheduling.userScheduler';
  if (strategy === 'pack' || strategy === 'spread') {
    const enabled = strategy === 'pack';
    const to = ['scheduling', 'userScheduler', 'enabled'];
    u.del(['singleuser', 'schedulerStrategy']);
    if (u.has(to)) {
      u.note({ path: 'singleuser.schedulerStrategy', before: strategy, why: `${why}, and scheduling.userScheduler.enabled is already set.` });
    } else {
      u.set(to, enabled);
      u.note({
        path: 'singleuser.schedulerStrategy',
        to: formatPath(to),
        before: strategy,
        after: enabled,
        why: `${why}: "${strategy}" becomes ${enabled ? `an enabled user scheduler (packs users, ${CHART_VERSION}'s default)` : 'a disabled user scheduler (the default Kubernetes scheduler spreads pods)'}.`,
      });
    }
  } else {
    u.remove(['singleuser', 'schedulerStrategy'], `${why}.`);
  }
}
