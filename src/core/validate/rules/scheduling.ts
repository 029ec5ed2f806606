import { packResourcesToSet } from '../../features/scheduling.ts';
import type { Problem } from '../problem.ts';
import { truthy, warning, type FieldRule } from './context.ts';

export const schedulingRules: FieldRule = (ctx) => {
  const out: Problem[] = [];

  // one rule with the forms: features/scheduling.ts says why pack needs resources
  const missing = packResourcesToSet(ctx.state.values, ctx.values);
  if (missing.length > 0) {
    out.push(
      warning(
        'pack-without-resources',
        missing.some((m) => m.startsWith('singleuser.memory')) ? ['singleuser', 'memory'] : ['singleuser', 'cpu'],
        `the user scheduler (scheduling.userScheduler.enabled, on by default) packs user servers onto as few nodes as it can, but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: ` +
          `a guarantee tells the scheduler how much room each user needs, and a limit keeps one user from starving the others on the same node`,
      ),
    );
  }

  // Placeholders only make room when real users can evict them, i.e. with pod priorities.
  const placeholders = ctx.get(['scheduling', 'userPlaceholder', 'replicas']);
  if (
    truthy(ctx.get(['scheduling', 'userPlaceholder', 'enabled'])) &&
    typeof placeholders === 'number' &&
    placeholders > 0 &&
    !truthy(ctx.get(['scheduling', 'podPriority', 'enabled']))
  ) {
    out.push(
      warning(
        'placeholders-without-priority',
        ['scheduling', 'podPriority', 'enabled'],
        `${placeholders} user placeholder pod${placeholders === 1 ? '' : 's'} will run, but scheduling.podPriority.enabled is off, so real users cannot evict them and the placeholders only take room away; turn podPriority on (or set the replicas to 0)`,
      ),
    );
  }
  return out;
};
