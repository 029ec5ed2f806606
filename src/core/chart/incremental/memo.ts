import type { Ctx } from '../ctx.ts';
import type { Any } from '../values.ts';
import { cachesEnabled } from './switch.ts';

/**
 * Per-component memory: a component's result is reused while everything it read is the same —
 * the values it touched (same identity: the merged values keep the identity of unchanged
 * subtrees), the release, namespace, names and app label, and its explicit `deps`.
 *
 * What a component reads is recorded while it runs, two levels deep: a Proxy over the top level
 * of the values, and one over each top-level map it reads (`v.hub`, …), so a component that reads
 * `v.hub.service` does not depend on `v.hub.extraConfig`. Below that the values are read directly.
 * A component that enumerates a level depends on all of it. A component must be a pure function
 * of what it reads, and must not put a top-level map itself into its result (only what it reads
 * from it); its result is read-only for the callers (it is handed out again).
 */

/** what was read of one top-level key */
interface Read {
  key: string;
  present: boolean;
  value: unknown;
  /** the second-level keys read through it, when it is a map read only through its fields */
  sub: Sub | null;
}
interface Sub {
  keys: Set<string>;
  /** enumerated: the value itself is the dependency */
  whole: boolean;
}
interface SubDep {
  keys: string[];
  present: boolean[];
  vals: unknown[];
}

interface Entry {
  v: Any;
  reads: { key: string; present: boolean; value: unknown; sub: SubDep | null }[];
  /** the whole top-level key list, when the component enumerated it */
  all: string[] | null;
  release: string;
  namespace: string;
  names: unknown;
  appLabel: string;
  deps: readonly unknown[];
  result: unknown;
}

const PER_SLOT = 3;
const slots = new Map<string, Entry[]>();

function isPlainMap(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function matches(e: Entry, ctx: Ctx, deps: readonly unknown[]): boolean {
  if (e.release !== ctx.release || e.namespace !== ctx.namespace || e.names !== ctx.names || e.appLabel !== ctx.appLabel) return false;
  if (e.deps.length !== deps.length) return false;
  for (let i = 0; i < deps.length; i++) if (!Object.is(e.deps[i], deps[i])) return false;
  const v = ctx.v;
  if (e.v === v) return true;
  // (for-in and index loops, not Object.keys and for-of: this runs per component per keystroke)
  if (e.all) {
    let i = 0;
    for (const k in v) if (k !== e.all[i++]) return false;
    if (i !== e.all.length) return false;
  }
  for (let j = 0; j < e.reads.length; j++) {
    const r = e.reads[j]!;
    if (Object.hasOwn(v, r.key) !== r.present) return false;
    const cur = v[r.key];
    if (Object.is(cur, r.value)) continue;
    const sub = r.sub;
    if (!sub || !isPlainMap(cur)) return false;
    for (let i = 0; i < sub.keys.length; i++) {
      const k = sub.keys[i]!;
      if (Object.hasOwn(cur, k) !== sub.present[i] || !Object.is(cur[k], sub.vals[i])) return false;
    }
  }
  return true;
}

export interface MemoOptions {
  /** record the top level only (for a component that passes top-level values on whole) */
  shallow?: boolean;
}

export function memo<T>(slot: string, ctx: Ctx, deps: readonly unknown[], fn: (ctx: Ctx) => T, options?: MemoOptions): T {
  if (!cachesEnabled()) return fn(ctx);
  let list = slots.get(slot);
  if (list) {
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (matches(e, ctx, deps)) {
        if (i > 0) {
          list.splice(i, 1);
          list.unshift(e);
        }
        e.v = ctx.v;
        return e.result as T;
      }
    }
  } else slots.set(slot, (list = []));

  const v = ctx.v;
  const deep = !options?.shallow;
  const reads = new Map<string, Read>();
  const nested = new Map<string, object>();
  let all = false;
  let open = true;
  const read = (k: string): Read => {
    let r = reads.get(k);
    if (!r) reads.set(k, (r = { key: k, present: Object.hasOwn(v, k), value: v[k], sub: null }));
    return r;
  };
  const subOf = (k: string): Sub => {
    const r = read(k);
    return r.sub ?? (r.sub = { keys: new Set(), whole: false });
  };
  const nestedProxy = (k: string, target: Record<string, unknown>): object => {
    let p = nested.get(k);
    if (!p) {
      p = new Proxy(target, {
        get(t, k2, rcv) {
          if (open && typeof k2 === 'string') subOf(k).keys.add(k2);
          return Reflect.get(t, k2, rcv);
        },
        has(t, k2) {
          if (open && typeof k2 === 'string') subOf(k).keys.add(k2);
          return Reflect.has(t, k2);
        },
        getOwnPropertyDescriptor(t, k2) {
          if (open && typeof k2 === 'string') subOf(k).keys.add(k2);
          return Reflect.getOwnPropertyDescriptor(t, k2);
        },
        ownKeys(t) {
          if (open) subOf(k).whole = true;
          return Reflect.ownKeys(t);
        },
      });
      nested.set(k, p);
    }
    return p;
  };
  const tracked = new Proxy(v, {
    get(t, k, r) {
      const value = Reflect.get(t, k, r);
      if (!open || typeof k !== 'string') return value;
      const rd = read(k);
      if (deep && isPlainMap(value)) {
        rd.sub ??= { keys: new Set(), whole: false };
        return nestedProxy(k, value);
      }
      if (rd.sub) rd.sub.whole = true;
      else rd.sub = { keys: new Set(), whole: true };
      return value;
    },
    has(t, k) {
      if (open && typeof k === 'string') markWhole(read(k));
      return Reflect.has(t, k);
    },
    getOwnPropertyDescriptor(t, k) {
      if (open && typeof k === 'string') markWhole(read(k));
      return Reflect.getOwnPropertyDescriptor(t, k);
    },
    ownKeys(t) {
      if (open) all = true;
      return Reflect.ownKeys(t);
    },
  });
  let result: T;
  try {
    result = fn({ ...ctx, v: tracked });
  } finally {
    open = false;
  }
  list.unshift({
    v,
    reads: [...reads.values()].map((r) => {
      const sub = r.sub && !r.sub.whole && isPlainMap(r.value) ? subDep(r.value, r.sub.keys) : null;
      return { key: r.key, present: r.present, value: r.value, sub };
    }),
    all: all ? Object.keys(v) : null,
    release: ctx.release,
    namespace: ctx.namespace,
    names: ctx.names,
    appLabel: ctx.appLabel,
    deps: deps.slice(),
    result,
  });
  if (list.length > PER_SLOT) list.length = PER_SLOT;
  return result;
}

function markWhole(r: Read): void {
  if (r.sub) r.sub.whole = true;
  else r.sub = { keys: new Set(), whole: true };
}

function subDep(m: Record<string, unknown>, keys: Set<string>): SubDep {
  const ks = [...keys];
  return { keys: ks, present: ks.map((k) => Object.hasOwn(m, k)), vals: ks.map((k) => m[k]) };
}
