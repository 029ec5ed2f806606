import { applyToValues, type TraefikConfigs } from '../components/autohttps.ts';
import { cachesEnabled } from './switch.ts';

/** applyToValues' last result per Traefik configs, with the `proxy` values it was applied to. */
const traefikApplied = new WeakMap<TraefikConfigs, { proxy: unknown; out: Record<string, unknown> }>();

/** The values with the Traefik configs merged in (applyToValues), sharing `proxy` while neither changes. */
export function withTraefik(v: Record<string, unknown>, cfg: TraefikConfigs): Record<string, unknown> {
  const hit = cachesEnabled() ? traefikApplied.get(cfg) : undefined;
  const applied = hit && hit.proxy === v.proxy ? hit.out : applyToValues(v, cfg);
  if (cachesEnabled() && !(hit && hit.proxy === v.proxy)) traefikApplied.set(cfg, { proxy: v.proxy, out: applied });
  // a new top level over the (shared) subtrees
  return { ...v, proxy: applied.proxy };
}
