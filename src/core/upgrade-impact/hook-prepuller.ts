import type { RenderedObject } from '../chart/types.ts';
import type { JsonObject } from '../model/json.ts';
import type { ReleaseComparison } from '../upgrade-diff/compare-releases.ts';
import { isObject } from '../values/shape.ts';
import type { Impact } from './impact.ts';
import { hubValues } from './user-servers.ts';

/** Helm waits for its hooks up to --timeout (5m0s by default); a node pulling a large image takes longer. */
export const HOOK_TIMEOUT = '10m0s';

const hookAnnotation = (o: JsonObject) => (isObject(o.metadata) && isObject(o.metadata.annotations) ? o.metadata.annotations['helm.sh/hook'] : undefined);

/**
 * Whether the hook pre-puller runs before the upgrade. Offline it is always rendered; in the
 * cluster, with prePuller.hook.pullOnlyOnChanges, the chart renders it only when its checksum
 * (ConfigMap hub's checksum_hook-image-puller) differs from the deployed one — what we compare.
 */
export function hookPrePuller(c: ReleaseComparison): Impact[] {
  const hook = c.after.find((r) => r.object.kind === 'DaemonSet' && String(hookAnnotation(r.object) ?? '').includes('pre-upgrade'));
  if (!hook) return [];
  const onlyOnChanges = prePullerHook(c.after)?.pullOnlyOnChanges !== false;
  const [was, now] = [hookChecksum(c.before), hookChecksum(c.after)];
  const resource = `DaemonSet ${String((hook.object.metadata as JsonObject).name)}`;
  if (onlyOnChanges && was !== undefined && was === now) {
    return [{ code: 'hook-prepuller', severity: 'info', resource, title: 'The hook pre-puller does not run', reason: 'the images it pulls are unchanged and prePuller.hook.pullOnlyOnChanges is on, so helm upgrade does not wait for it.' }];
  }
  const images = [...new Set(containers(hook.object).map((x) => String(x.image)))].filter((i) => !/\/pause:/.test(i));
  return [{
    code: 'hook-prepuller',
    severity: 'warning',
    resource,
    title: `helm upgrade waits for the hook pre-puller: give it --timeout ${HOOK_TIMEOUT}`,
    reason: `${onlyOnChanges ? 'the images it pulls change' : 'prePuller.hook.pullOnlyOnChanges is off, so it runs on every upgrade'}: every node pulls ${images.length} image${images.length === 1 ? '' : 's'} before anything is upgraded, and helm's default 5m0s is often too short.`,
  }];
}

function prePullerHook(objects: RenderedObject[]): JsonObject | undefined {
  const values = hubValues(objects.find((r) => r.object.kind === 'Secret' && hubValues(r.object))?.object);
  const p = values?.prePuller;
  return isObject(p) && isObject(p.hook) ? p.hook : undefined;
}

function hookChecksum(objects: RenderedObject[]): string | undefined {
  for (const r of objects) {
    const data = r.object.kind === 'ConfigMap' && isObject(r.object.data) ? r.object.data : undefined;
    if (data && typeof data['checksum_hook-image-puller'] === 'string') return data['checksum_hook-image-puller'];
  }
  return undefined;
}

function containers(o: JsonObject): JsonObject[] {
  const spec = isObject(o.spec) && isObject(o.spec.template) && isObject(o.spec.template.spec) ? o.spec.template.spec : {};
  return [...(Array.isArray(spec.initContainers) ? spec.initContainers : []), ...(Array.isArray(spec.containers) ? spec.containers : [])].filter(isObject);
}
