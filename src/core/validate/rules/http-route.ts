import type { Problem } from '../problem.ts';
import { checkAnnotationValues } from './annotations.ts';
import type { FieldRule } from './context.ts';
import { checkHostList } from './ingress.ts';

export const httpRouteRules: FieldRule = (ctx) => {
  const out: Problem[] = [...checkHostList(ctx, ['httpRoute', 'hostnames']), ...checkAnnotationValues(ctx, ['httpRoute', 'annotations'])];
  return out;
};
