import type { RenderedObject } from '../../../core/chart/index.ts';
import { isObject, type JsonObject } from '../../../core/model/json.ts';

/** One resource as the preview lists it. */
export interface ManifestEntry {
  /** stable across renders: kind, namespace and name */
  key: string;
  group: string;
  kind: string;
  name: string;
  apiVersion: string;
  /** the chart template, for what the chart renders */
  source?: string;
  object: JsonObject;
}

/** The group for what the admin applies next to the chart (the cert-manager issuer). */
export const APPLY_YOURSELF = 'apply-yourself';

/** The order groups are listed in; components not named here follow in the chart's order. */
const GROUP_ORDER = ['hub', 'proxy', 'autohttps', 'ingress', 'httproute', 'singleuser', 'user-scheduler', 'user-placeholder', 'image-puller'];

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function entryOf(object: JsonObject, group: string, source?: string): Omit<ManifestEntry, 'key'> {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  return { group, kind: text(object.kind), name: text(metadata.name), apiVersion: text(object.apiVersion), source, object };
}

/**
 * Entries made before, per object: the incremental renderer hands out the same object again while
 * an edit does not touch it, so an unchanged resource keeps its entry (and the preview skips it).
 */
const made = new WeakMap<JsonObject, ManifestEntry>();

/** The chart's objects, and the issuer to apply yourself when there is one, each with a stable key. */
export function manifestEntries(objects: readonly RenderedObject[], issuer: JsonObject | null): ManifestEntry[] {
  const seen = new Map<string, number>();
  const keyed = (object: JsonObject, group: string, source?: string): ManifestEntry => {
    const old = made.get(object);
    const e = old && old.group === group && old.source === source ? old : entryOf(object, group, source);
    const ns = isObject(object.metadata) ? text(object.metadata.namespace) : '';
    const base = `${group === APPLY_YOURSELF ? '!' : ''}${e.kind}/${ns}/${e.name}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const key = n === 1 ? base : `${base}#${n}`;
    if (old && e === old && old.key === key) return old;
    const entry = { key, ...e };
    made.set(object, entry);
    return entry;
  };
  const entries = objects.map((o) => keyed(o.object, o.component || 'other', o.source));
  if (issuer) entries.push(keyed(issuer, APPLY_YOURSELF));
  return entries;
}

export interface EntryGroup {
  name: string;
  entries: ManifestEntry[];
}

/** Entries by group: the issuer's first, then the chart's components in GROUP_ORDER. */
export function groupEntries(entries: readonly ManifestEntry[]): EntryGroup[] {
  const groups = new Map<string, ManifestEntry[]>();
  for (const e of entries) {
    const list = groups.get(e.group);
    if (list) list.push(e);
    else groups.set(e.group, [e]);
  }
  const rank = (name: string) => (name === APPLY_YOURSELF ? -1 : GROUP_ORDER.includes(name) ? GROUP_ORDER.indexOf(name) : GROUP_ORDER.length);
  // Array.prototype.sort is stable: unnamed components keep the chart's order
  return [...groups].map(([name, list]) => ({ name, entries: list })).sort((a, b) => rank(a.name) - rank(b.name));
}

/** A group as listed: the entries that pass the filter, how many it holds in all, and its changes. */
export interface ShownGroup {
  name: string;
  entries: readonly ManifestEntry[];
  /** how many the group holds before filtering */
  total: number;
  /** the last edit's changes to the shown entries (key → the object before, null if added) */
  changes: ReadonlyMap<string, JsonObject | null>;
}

const NO_GROUP_CHANGES: ReadonlyMap<string, JsonObject | null> = new Map();

/**
 * The groups as listed, reusing each group from `previous` whose shown entries, total and changes
 * are the same (by identity), so that an edit re-renders only the groups it touched.
 */
export function shownGroups(
  groups: readonly EntryGroup[],
  filter: string,
  changed: ReadonlyMap<string, JsonObject | null>,
  previous: readonly ShownGroup[],
): ShownGroup[] {
  const before = new Map(previous.map((g) => [g.name, g]));
  const out: ShownGroup[] = [];
  for (const g of groups) {
    const entries = filter.trim() === '' ? g.entries : g.entries.filter((e) => matchesFilter(e, filter));
    if (entries.length === 0) continue;
    let changes = NO_GROUP_CHANGES;
    if (changed.size > 0) {
      let mine: Map<string, JsonObject | null> | null = null;
      for (const e of entries) {
        const old = changed.get(e.key);
        if (old === undefined && !changed.has(e.key)) continue;
        (mine ??= new Map()).set(e.key, old ?? null);
      }
      if (mine) changes = mine;
    }
    const old = before.get(g.name);
    if (old && old.total === g.entries.length && sameMap(old.changes, changes) && sameList(old.entries, entries)) out.push(old);
    else out.push({ name: g.name, entries, total: g.entries.length, changes });
  }
  return out;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameMap<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v || (v === undefined && !b.has(k))) return false;
  return true;
}

/**
 * Whether an entry matches the filter box: every word of the query must appear in its kind, name
 * or group, ignoring case ("deployment", "hub", "deploy hub").
 */
export function matchesFilter(entry: ManifestEntry, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [entry.kind, entry.name, entry.group].map((s) => s.toLowerCase());
  return words.every((w) => haystack.some((h) => h.includes(w)));
}
