import type { Path } from '../../model/json.ts';
import type { Problem } from '../problem.ts';
import { asMap, error, kind, name, type RuleContext } from './context.ts';

/**
 * Annotation values must be strings (the schema says so for every annotation map, and Kubernetes
 * too): `true` or `3` need quotes.
 */
export function checkAnnotationValues(ctx: RuleContext, path: Path): Problem[] {
  const out: Problem[] = [];
  for (const [key, value] of Object.entries(asMap(ctx.get(path)))) {
    if (typeof value === 'string') continue;
    const at = [...path, key];
    const hint =
      typeof value === 'boolean' || typeof value === 'number' ? ` — write \`"${String(value)}"\` in quotes` : '';
    out.push(error('annotation-not-string', at, `${name(at)} is ${kind(value)}; annotation values must be strings${hint}`));
  }
  return out;
}
