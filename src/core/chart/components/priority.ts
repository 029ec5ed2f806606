import { labels, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import { plain } from '../helpers.ts';
import { truthy, type Any } from '../values.ts';

export function priorityMeta(ctx: Ctx, name: string, component: string): Record<string, Any> {
  return {
    name,
    annotations: { 'meta.helm.sh/release-name': ctx.release, 'meta.helm.sh/release-namespace': ctx.namespace },
    labels: labels(ctx, component),
  };
}

/** templates/scheduling/priorityclass.yaml */
export function defaultPriorityClass(ctx: Ctx): Doc | undefined {
  const pp = ctx.v.scheduling?.podPriority;
  if (!truthy(pp?.enabled)) return undefined;
  return doc('scheduling/priorityclass.yaml', 'default-priority', {
    apiVersion: 'scheduling.k8s.io/v1',
    kind: 'PriorityClass',
    metadata: priorityMeta(ctx, ctx.names.priority, 'default-priority'),
    value: plain(pp.defaultPriority),
    globalDefault: plain(pp.globalDefault),
    description: 'A default priority higher than user placeholders priority.',
  });
}
