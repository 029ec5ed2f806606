import { deepEqual } from '../../model/json.ts';
import type { Any } from '../values.ts';
import { isStandIn, registeredChecksum } from './checksums.ts';
import { secretChecksummedOf } from './deferred-secret-checksum.ts';
import { secretValuesOf } from './hub-values-yaml.ts';

/**
 * The content identity of two rendered objects when the renderer knows it without comparing
 * them: both have a checksum registered (Secret hub's, over the stand-in for values.yaml, and
 * those made for `checksum/*` annotations), which changes iff the content does. `undefined` when
 * it does not know (compare the objects then).
 */
export function sameRenderedContent(a: object, b: object): boolean | undefined {
  if (a === b) return true;
  // Secret hub, its checksum not made yet: values.yaml is a function of the values, which share
  // what an edit did not touch (so comparing them walks the edited path only), and the rest of
  // the Secret is small
  const va = secretValuesOf(a);
  const vb = secretValuesOf(b);
  if (va !== undefined && vb !== undefined) return deepEqual(va, vb) && sameBesidesValuesYaml(a as Record<string, Any>, b as Record<string, Any>);
  // Deployment hub with a checksum/secret made on first read: its other content, then its Secret's
  const da = secretChecksummedOf(a);
  const db = secretChecksummedOf(b);
  if (da !== undefined && db !== undefined) {
    if (da.base !== db.base && !deepEqual(da.base, db.base)) return false;
    return sameRenderedContent(da.secret, db.secret) ?? deepEqual(da.secret, db.secret);
  }
  const ca = registeredChecksum(a);
  const cb = registeredChecksum(b);
  // a stand-in's hash and a whole object's hash are not comparable
  if (ca === undefined || cb === undefined || isStandIn(a) !== isStandIn(b)) return undefined;
  return ca === cb;
}

/** Two Secret hub objects are the same but for data['values.yaml'] (which is not read). */
function sameBesidesValuesYaml(a: Record<string, Any>, b: Record<string, Any>): boolean {
  const { data: dataA, ...restA } = a;
  const { data: dataB, ...restB } = b;
  if (!deepEqual(restA, restB)) return false;
  const ka = Object.keys(dataA);
  const kb = Object.keys(dataB);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || (k !== 'values.yaml' && dataA[k] !== dataB[k])) return false;
  }
  return true;
}
