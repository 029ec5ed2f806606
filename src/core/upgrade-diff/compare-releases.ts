import { renderRelease } from '../chart/render-release.ts';
import type { ChartError, RenderedObject } from '../chart/types.ts';
import type { JsonObject } from '../model/json.ts';
import { resourceDiff, type ResourceChange } from './resource-diff.ts';

export interface ReleaseComparison {
  /** what each render refused; with an error on either side there are no changes to list */
  beforeErrors: ChartError[];
  afterErrors: ChartError[];
  before: RenderedObject[];
  after: RenderedObject[];
  resources: ResourceChange[];
  counts: { added: number; removed: number; changed: number; unchanged: number };
}

/**
 * The secrets the chart generates are drawn from these bytes in both renders. On an upgrade the
 * chart reads the generated secrets back from the cluster (helm's `lookup`), so they never change;
 * equal bytes on both sides say the same, and so do the checksums taken over them.
 */
const sameEveryTime = (n: number) => new Uint8Array(n);

/** The last baseline rendered: the page compares each edit with the same baseline. */
let lastBefore: { values: JsonObject; release: string; namespace: string; result: ReturnType<typeof renderRelease> } | undefined;

function renderBefore(values: JsonObject, release: string, namespace: string): ReturnType<typeof renderRelease> {
  const l = lastBefore;
  if (l && l.values === values && l.release === release && l.namespace === namespace) return l.result;
  const result = renderRelease(values, { release, namespace, randomBytes: sameEveryTime });
  lastBefore = { values, release, namespace, result };
  return result;
}

/** What `helm upgrade` from the `before` values to the `after` values changes, object by object. */
export function compareReleases(before: JsonObject, after: JsonObject, release: { release: string; namespace: string }): ReleaseComparison {
  const options = { ...release, randomBytes: sameEveryTime };
  const old = renderBefore(before, release.release, release.namespace);
  const now = renderRelease(after, options);
  const failed = old.errors.length > 0 || now.errors.length > 0;
  const resources = failed ? [] : resourceDiff(old.objects, now.objects);
  const count = (c: ResourceChange['change']) => resources.filter((r) => r.change === c).length;
  return {
    beforeErrors: old.errors,
    afterErrors: now.errors,
    before: old.objects,
    after: now.objects,
    resources,
    counts: { added: count('added'), removed: count('removed'), changed: count('changed'), unchanged: failed ? 0 : now.objects.length - count('added') - count('changed') },
  };
}
