import { registerImmutable } from './immutable.ts';
import { cachesEnabled } from './switch.ts';

/**
 * The rules of the last Ingress, per host key, and what the rest of a rule was made from: while
 * that stays the same, the rules of unchanged hosts are the same (read-only) objects as last
 * time, so their text is not printed again.
 */
let lastRules: { shared: readonly unknown[]; byHost: Map<string, Record<string, unknown>> } | undefined;

/**
 * One rule per host key: last render's rule for that key while every `shared` input is the same
 * (identical) one, else `make(i)`'s, registered as read-only.
 */
export function rulesPerHost<R extends Record<string, unknown>>(shared: readonly unknown[], keys: readonly string[], make: (i: number) => R): R[] {
  const reuse = cachesEnabled() && lastRules !== undefined && shared.every((x, i) => Object.is(x, lastRules!.shared[i]));
  const byHost = new Map<string, Record<string, unknown>>();
  const rules = keys.map((key, i) => {
    const known = reuse ? (lastRules!.byHost.get(key) as R | undefined) : undefined;
    if (known) {
      byHost.set(key, known);
      return known;
    }
    const rule = make(i);
    if (cachesEnabled()) {
      registerImmutable(rule);
      byHost.set(key, rule);
    }
    return rule;
  });
  if (cachesEnabled()) lastRules = { shared, byHost };
  return rules;
}
