import { labels, matchLabels, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import { plain } from '../helpers.ts';
import type { Any } from '../values.ts';

/** A PodDisruptionBudget as the chart's pdb.yaml templates write it (hub, proxy, autohttps, user-scheduler). */
export function pdbDoc(ctx: Ctx, template: string, component: string, name: string, pdb: Any): Doc {
  const spec: Record<string, Any> = {};
  if (pdb?.maxUnavailable !== null && pdb?.maxUnavailable !== undefined) spec.maxUnavailable = plain(pdb.maxUnavailable);
  if (pdb?.minAvailable !== null && pdb?.minAvailable !== undefined) spec.minAvailable = plain(pdb.minAvailable);
  spec.selector = { matchLabels: matchLabels(ctx, component) };
  return doc(template, component, {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name, labels: labels(ctx, component) },
    spec,
  });
}
