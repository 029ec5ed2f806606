import { CHART_VERSION } from '../../../model/chart-release.ts';
import { formatPath, isObject } from '../../../model/json.ts';
import type { UpgradeEditor } from '../editor.ts';

/** A single-string hub.extraConfig (before 1.0.0) becomes one named snippet. */
export function extraConfigString(u: UpgradeEditor): void {
  const extra = u.get(['hub', 'extraConfig']);
  if (typeof extra !== 'string') return;
  u.pre010 = true;
  const to = ['hub', 'extraConfig', '00-legacy'];
  u.del(['hub', 'extraConfig']);
  u.set(to, extra);
  u.moves.push({ from: ['hub', 'extraConfig'], to });
  u.note({
    path: 'hub.extraConfig',
    to: formatPath(to),
    before: extra,
    after: { '00-legacy': extra },
    why:
      'hub.extraConfig must be a map of named Python snippets since chart 1.0.0 (a single string was deprecated in 0.6). ' +
      'The snippet keeps running as "00-legacy"; snippets run in the sorted order of their names.',
  });
}

/** hub.extraConfigMap (before 2.0.0) becomes `custom`, and the snippets reading it follow. */
export function extraConfigMap(u: UpgradeEditor): void {
  const map = u.get(['hub', 'extraConfigMap']);
  if (map === undefined) return;
  u.pre010 = true;
  const why =
    'hub.extraConfigMap was renamed to custom in chart 0.8 and removed in 2.0.0. Python reading it with ' +
    'z2jh.get_config("custom.<key>") keeps working.';
  if (isObject(map)) u.move(['hub', 'extraConfigMap'], ['custom'], why);
  else u.remove(['hub', 'extraConfigMap'], `${why} It was not a map, so it could not be moved.`);
  rewriteConfigReads(u);
}

/** `get_config('hub.extraConfigMap.x')` in extraConfig snippets → `get_config('custom.x')`. */
function rewriteConfigReads(u: UpgradeEditor): void {
  const extra = u.get(['hub', 'extraConfig']);
  if (!isObject(extra)) return;
  for (const [name, code] of Object.entries(extra)) {
    if (typeof code !== 'string') continue;
    const rewritten = code.replace(/(get_config\(\s*["'])hub\.extraConfigMap\./g, '$1custom.');
    if (rewritten !== code) {
      u.set(['hub', 'extraConfig', name], rewritten);
      u.note({
        path: formatPath(['hub', 'extraConfig', name]),
        before: code,
        after: rewritten,
        why: 'The snippet read hub.extraConfigMap.*, which is now custom.*; the reads were changed to match.',
      });
    }
    if (/\/etc\/jupyterhub\/config\/custom\./.test(rewritten)) {
      u.note({
        path: formatPath(['hub', 'extraConfig', name]),
        why:
          `The snippet opens /etc/jupyterhub/config/custom.* files, which chart ${CHART_VERSION} no longer mounts. ` +
          'Read the same values with z2jh.get_config("custom.<key>") instead (not changed automatically).',
      });
    }
  }
}
