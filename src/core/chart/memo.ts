import { cachesEnabled } from './cache.ts';
import type { Ctx } from './ctx.ts';
import type { Any } from './values.ts';

/**
 * Per-component memory: a component's result is reused while everything it read is the same —
 * the top-level values it touched (same identity: the merged values keep the identity of
 * unchanged subtrees), the release, namespace, names and app label, and its explicit `deps`.
 *
 * Which top-level keys a component reads is recorded while it runs (a Proxy over the top level of
 * the values only; below that the values are read directly). A component that enumerates the
 * top level depends on all of it. A component must be a pure function of what it reads; its
 * result is read-only for the callers (it is handed out again).
 */
interface Entry {
  v: Any;
  keys: string[];
  vals: unknown[];
  present: boolean[];
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

function matches(e: Entry, ctx: Ctx, deps: readonly unknown[]): boolean {
  if (e.release !== ctx.release || e.namespace !== ctx.namespace || e.names !== ctx.names || e.appLabel !== ctx.appLabel) return false;
  if (e.deps.length !== deps.length) return false;
  for (let i = 0; i < deps.length; i++) if (!Object.is(e.deps[i], deps[i])) return false;
  const v = ctx.v;
  if (e.v === v) return true;
  if (e.all) {
    const keys = Object.keys(v);
    if (keys.length !== e.all.length) return false;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== e.all[i]) return false;
  }
  for (let i = 0; i < e.keys.length; i++) {
    const k = e.keys[i]!;
    if (Object.hasOwn(v, k) !== e.present[i] || !Object.is(v[k], e.vals[i])) return false;
  }
  return true;
}

export function memo<T>(slot: string, ctx: Ctx, deps: readonly unknown[], fn: (ctx: Ctx) => T): T {
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
  const read = new Set<string>();
  let all = false;
  const tracked = new Proxy(v, {
    get(t, k, r) {
      if (typeof k === 'string') read.add(k);
      return Reflect.get(t, k, r);
    },
    has(t, k) {
      if (typeof k === 'string') read.add(k);
      return Reflect.has(t, k);
    },
    getOwnPropertyDescriptor(t, k) {
      if (typeof k === 'string') read.add(k);
      return Reflect.getOwnPropertyDescriptor(t, k);
    },
    ownKeys(t) {
      all = true;
      return Reflect.ownKeys(t);
    },
  });
  const result = fn({ ...ctx, v: tracked });
  const keys = [...read];
  list.unshift({
    v,
    keys,
    vals: keys.map((k) => v[k]),
    present: keys.map((k) => Object.hasOwn(v, k)),
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

/** `obj`, or the last object given for `slot` if that one has the same keys and (identical) values. */
export function stable<T extends object>(slot: string, obj: T, equal: (a: T, b: T) => boolean = shallowEqual): T {
  if (!cachesEnabled()) return obj;
  const last = lastStable.get(slot) as T | undefined;
  if (last !== undefined && equal(last, obj)) return last;
  lastStable.set(slot, obj);
  return obj;
}
const lastStable = new Map<string, object>();

export function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !Object.is((a as Any)[k], (b as Any)[k])) return false;
  }
  return true;
}
