import { cachesEnabled } from '../chart/incremental/switch.ts';
import { chartDefaults } from '../model/chart-defaults.ts';
import type { JsonObject } from '../model/json.ts';
import { isObject } from './shape.ts';

/**
 * What `helm template -f config.yaml` makes `.Values`: the chart's defaults with the config over
 * them, coalesced the way helm does (checked against helm 4.1.4):
 * - maps merge key by key; anything else (lists, scalars) in the config replaces the default;
 * - a `null` in the config deletes a key whose default is not null (`hub.baseUrl: null` leaves the
 *   required `baseUrl` missing); a `null` over a null default, or for a key the defaults lack, stays
 *   a `null`.
 * Subtrees the config does not touch are shared with the defaults, not copied, and the result for
 * each config subtree is remembered by its identity, so two configs that differ in one place merge
 * to values that share everything else (the renderer's memo and the incremental schema check rely
 * on it). Callers must treat config and result as read-only (edit the way `setIn` does).
 */
export function withDefaults(config: JsonObject, defaults: JsonObject = chartDefaults): JsonObject {
  return coalesceShared(defaults, config);
}

/**
 * Results per config subtree, with the defaults subtree each was merged over. One config object
 * can sit in several places (a YAML alias, a constant an edit reused), each over other defaults:
 * the first is kept in the entry, any others in its `more`.
 */
interface Coalesced {
  defaults: object;
  out: JsonObject;
  more?: WeakMap<object, JsonObject>;
}
const coalesced = new WeakMap<object, Coalesced>();

function coalesceShared(defaults: JsonObject, config: JsonObject): JsonObject {
  if (!cachesEnabled()) return coalesceWith(defaults, config, coalesceUncached);
  const hit = coalesced.get(config);
  if (hit) {
    if (hit.defaults === defaults) return hit.out;
    const other = hit.more?.get(defaults);
    if (other) return other;
  }
  const out = coalesceWith(defaults, config, coalesceShared);
  if (!hit) coalesced.set(config, { defaults, out });
  else (hit.more ??= new WeakMap()).set(defaults, out);
  return out;
}

function coalesceUncached(defaults: JsonObject, config: JsonObject): JsonObject {
  return coalesceWith(defaults, config, coalesceUncached);
}

function coalesceWith(defaults: JsonObject, config: JsonObject, recurse: (d: JsonObject, c: JsonObject) => JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(defaults)) {
    const dv = defaults[key]!;
    if (!Object.hasOwn(config, key)) {
      out[key] = dv;
      continue;
    }
    const uv = config[key]!;
    if (uv === null) {
      if (dv === null) out[key] = null;
      continue;
    }
    // the config wins where one side is a map and the other is not (helm only warns)
    out[key] = isObject(uv) && isObject(dv) ? recurse(dv, uv) : uv;
  }
  for (const key of Object.keys(config)) {
    if (!Object.hasOwn(defaults, key)) out[key] = config[key]!;
  }
  return out;
}
