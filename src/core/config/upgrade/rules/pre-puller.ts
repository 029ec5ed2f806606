import { CHART_VERSION } from '../../../model/chart-release.ts';
import { isObject, type Json, type JsonObject } from '../../../model/json.ts';
import type { UpgradeEditor } from '../editor.ts';

/** prePuller.enabled split in two, hook.extraEnv gone, extraImages from a list to a map. */
export function prePuller(u: UpgradeEditor): void {
  const pp = u.get(['prePuller']);
  if (!isObject(pp)) return;
  if (pp['enabled'] !== undefined) {
    const enabled = pp['enabled'];
    u.del(['prePuller', 'enabled']);
    if (enabled === false) {
      for (const part of ['hook', 'continuous']) if (!u.has(['prePuller', part, 'enabled'])) u.set(['prePuller', part, 'enabled'], false);
      u.note({ path: 'prePuller.enabled', to: 'prePuller.hook.enabled, prePuller.continuous.enabled', before: false, after: false, why: 'prePuller.enabled was split into prePuller.hook.enabled and prePuller.continuous.enabled; both are turned off.' });
    } else {
      u.note({ path: 'prePuller.enabled', before: enabled, why: 'prePuller.enabled was split into prePuller.hook.enabled and prePuller.continuous.enabled, both on by default.' });
    }
  }
  if (isObject(pp['hook']) && pp['hook']['extraEnv'] !== undefined) {
    u.remove(['prePuller', 'hook', 'extraEnv'], `prePuller.hook.extraEnv was removed; the image awaiter takes no extra environment in ${CHART_VERSION}.`);
  }
  const extra = pp['extraImages'];
  if (Array.isArray(extra)) {
    u.pre010 = true;
    const map: JsonObject = {};
    const dropped: Json[] = [];
    for (const image of extra) {
      if (!isObject(image) || typeof image['name'] !== 'string') {
        dropped.push(image);
        continue;
      }
      const base = dnsLabel(image['name'].split('/').pop()!.split(':')[0]!) || 'image';
      let key = base;
      for (let i = 2; key in map; i++) key = `${base}-${i}`;
      const entry: JsonObject = { name: image['name'], tag: image['tag'] === undefined ? 'latest' : String(image['tag']) };
      if (image['pullPolicy'] !== undefined) entry['pullPolicy'] = image['pullPolicy'];
      map[key] = entry;
    }
    if (Object.keys(map).length > 0) u.set(['prePuller', 'extraImages'], map);
    else u.del(['prePuller', 'extraImages']);
    u.note({
      path: 'prePuller.extraImages',
      before: extra,
      ...(Object.keys(map).length > 0 ? { after: map } : {}),
      why:
        'prePuller.extraImages is a map from a name to {name, tag} since chart 0.8 (a list is a schema error); the names are made from the image names.' +
        (dropped.length ? ' Entries without an image name were dropped.' : ''),
    });
  }
}

function dnsLabel(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
}
