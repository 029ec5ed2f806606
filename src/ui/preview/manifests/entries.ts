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

/** The chart's objects, and the issuer to apply yourself when there is one, each with a stable key. */
export function manifestEntries(objects: readonly RenderedObject[], issuer: JsonObject | null): ManifestEntry[] {
  const seen = new Map<string, number>();
  const keyed = (e: Omit<ManifestEntry, 'key'>): ManifestEntry => {
    const ns = isObject(e.object.metadata) ? text(e.object.metadata.namespace) : '';
    const base = `${e.group === APPLY_YOURSELF ? '!' : ''}${e.kind}/${ns}/${e.name}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, ...e };
  };
  const entries = objects.map((o) => keyed(entryOf(o.object, o.component || 'other', o.source)));
  if (issuer) entries.push(keyed(entryOf(issuer, APPLY_YOURSELF)));
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
