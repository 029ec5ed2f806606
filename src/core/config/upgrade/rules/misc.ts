import { CHART_VERSION } from '../../../model/chart-release.ts';
import { formatPath, isObject } from '../../../model/json.ts';
import type { UpgradeEditor } from '../editor.ts';

/** Small renames and removals of 0.x–2.x settings, and environment values that must be strings. */
export function miscChanges(u: UpgradeEditor): void {
  if (u.get(['rbac', 'enabled']) !== undefined) {
    const before = u.get(['rbac', 'enabled']);
    u.remove(
      ['rbac', 'enabled'],
      'rbac.enabled was removed in chart 2.0.0 (Helm\'s NOTES fail while it is set). RBAC is always used; ' +
        (before === false
          ? 'to manage the roles yourself set rbac.create: false and hub/proxy.traefik/scheduling.userScheduler/prePuller.hook serviceAccount.create: false.'
          : 'the chart creates the roles (rbac.create, default true).'),
    );
  }
  u.remove(['version'], `The root "version" key was a chart-internal value of 0.x; ${CHART_VERSION} rejects it. The chart version is chosen with helm --version.`);
  u.remove(['cull', 'podCuller'], 'cull.podCuller was removed: the idle culler runs as a hub service since chart 0.7; set cull.timeout and cull.every instead.');
  if (u.get(['imagePullSecret', 'enabled']) !== undefined) {
    const enabled = u.get(['imagePullSecret', 'enabled']);
    u.del(['imagePullSecret', 'enabled']);
    if (enabled === true && !u.has(['imagePullSecret', 'create'])) u.set(['imagePullSecret', 'create'], true);
    u.note({ path: 'imagePullSecret.enabled', to: 'imagePullSecret.create', before: enabled, why: 'imagePullSecret.enabled was renamed imagePullSecret.create in chart 0.10.' });
  }
  for (const path of [['hub', 'extraEnv'], ['proxy', 'chp', 'extraEnv'], ['proxy', 'traefik', 'extraEnv']] as const) {
    const env = u.get(path);
    if (!isObject(env)) continue;
    for (const [key, value] of Object.entries(env)) {
      if (typeof value === 'number' || typeof value === 'boolean') {
        u.set([...path, key], String(value));
        u.note({ path: formatPath([...path, key]), before: value, after: String(value), why: `Environment variable values must be strings: ${CHART_VERSION} fails to render ${formatPath(path)} with a ${typeof value}.` });
      }
    }
  }
}
