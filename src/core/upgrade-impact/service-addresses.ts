import type { JsonObject } from '../model/json.ts';
import type { ResourceChange } from '../upgrade-diff/resource-diff.ts';
import { isObject } from '../values/shape.ts';
import type { Impact } from './impact.ts';

const spec = (o: JsonObject | undefined) => (o && isObject(o.spec) ? o.spec : {});
const typeOf = (o: JsonObject | undefined) => String(spec(o).type ?? 'ClusterIP');

/**
 * Services whose address from outside may change: a new type (a LoadBalancer's external IP is
 * released when it becomes another type; a new LoadBalancer gets a new one), another requested
 * loadBalancerIP, or a public Service removed. DNS pointing at the old address then misses.
 */
export function serviceAddressChanges(resources: readonly ResourceChange[]): Impact[] {
  const out: Impact[] = [];
  for (const r of resources) {
    if (r.kind !== 'Service') continue;
    const resource = `Service ${r.name}`;
    const say = (reason: string) => out.push({ code: 'address-may-change', severity: 'warning', resource, title: `The public address of ${resource} may change`, reason });
    if (r.change === 'removed' && isPublic(r.before)) {
      say(`it is removed; its ${typeOf(r.before)} address is released, and whatever DNS points at it stops answering.`);
      continue;
    }
    if (r.change !== 'changed') continue;
    const [was, now] = [typeOf(r.before), typeOf(r.after)];
    if (was !== now) {
      say(`its type changes from ${was} to ${now}${was === 'LoadBalancer' ? ': the load balancer and its external IP are released' : now === 'LoadBalancer' ? ': a new load balancer gets a new external IP' : ''}; update DNS to the new address.`);
    } else if (String(spec(r.before).loadBalancerIP ?? '') !== String(spec(r.after).loadBalancerIP ?? '')) {
      say(`its requested loadBalancerIP changes from ${JSON.stringify(spec(r.before).loadBalancerIP ?? 'none')} to ${JSON.stringify(spec(r.after).loadBalancerIP ?? 'none')}; update DNS to the new address.`);
    }
  }
  return out;
}

function isPublic(o: JsonObject | undefined): boolean {
  const t = typeOf(o);
  return t === 'LoadBalancer' || t === 'NodePort';
}
