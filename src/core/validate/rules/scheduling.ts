import type { Json } from '../../model/json.ts';
import type { Problem } from '../problem.ts';
import { truthy, warning, type FieldRule } from './context.ts';

const set = (value: Json | undefined) => value !== undefined && value !== null && value !== '';

export const schedulingRules: FieldRule = (ctx) => {
  const out: Problem[] = [];

  // The user scheduler (on by default) packs user pods by their requests: without guarantees a
  // node looks empty however many users run on it, and without limits one user can take it all.
  if (truthy(ctx.get(['scheduling', 'userScheduler', 'enabled']))) {
    const missing = (['memory', 'cpu'] as const).flatMap((resource) =>
      (['guarantee', 'limit'] as const)
        .filter((kind) => !set(ctx.get(['singleuser', resource, kind])))
        .map((kind) => `singleuser.${resource}.${kind}`),
    );
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
