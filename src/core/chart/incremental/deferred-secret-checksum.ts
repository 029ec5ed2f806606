import { doc, type Doc } from '../doc.ts';
import type { Any } from '../values.ts';
import { checksumOf } from './checksums.ts';
import { defineLazy } from './lazy-property.ts';

/*
 * Deployment hub's checksum/secret annotation, set apart from the rest of the Deployment: the
 * Secret changes with every edit of the values, the rest of the Deployment only with the hub's
 * values, so render-chart remembers the Deployment without it and this module adds it.
 */

/** Deployment hub objects made without a Secret, whose checksum/secret annotation withSecretChecksum sets. */
const awaitingSecretChecksum = new WeakSet<object>();
/** withSecretChecksum's last result per Deployment, so that re-rendering the same values hands out the same object. */
const lastWithSecret = new WeakMap<object, { secret: Doc; out: Doc }>();
/** Deployment hub objects whose checksum/secret annotation is made on first read: the Deployment without it, and the Secret. */
const secretChecksummed = new WeakMap<object, { base: object; secret: object }>();

/** Marks Deployment hub `object` (made without a Secret) as waiting for its checksum/secret annotation. */
export function awaitSecretChecksum(object: object): void {
  awaitingSecretChecksum.add(object);
}

/** For a Deployment withSecretChecksum made: the Deployment without the annotation, and the Secret's object. */
export function secretChecksummedOf(o: object): { base: object; secret: object } | undefined {
  return secretChecksummed.get(o);
}

/**
 * `deployment` (made by hubDeployment without a Secret) with the checksum/secret annotation of
 * `secret`, made on first read: a copy along spec.template.metadata.annotations, the rest shared.
 * Exactly what hubDeployment makes with the Secret, to every reader.
 */
export function withSecretChecksum(deployment: Doc, secret: Doc): Doc {
  const base = deployment.object;
  if (!awaitingSecretChecksum.has(base)) return deployment;
  const last = lastWithSecret.get(base);
  if (last && last.secret === secret) return last.out;
  const spec = base.spec as Record<string, Any>;
  const template = spec.template as Record<string, Any>;
  const metadata = template.metadata as Record<string, Any>;
  const before = metadata.annotations as Record<string, Any>;
  // the same keys in the same order (the chart's two checksums first, then the admin's)
  const annotations: Record<string, Any> = {};
  for (const k of Object.keys(before)) {
    if (k === 'checksum/secret') defineLazy(annotations, k, () => checksumOf(secret));
    else annotations[k] = before[k];
  }
  const object = { ...base, spec: { ...spec, template: { ...template, metadata: { ...metadata, annotations } } } };
  secretChecksummed.set(object, { base, secret: secret.object });
  const out = doc(deployment.template, deployment.component, object);
  lastWithSecret.set(base, { secret, out });
  return out;
}
