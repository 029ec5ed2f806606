import { isObject, type Json, type JsonObject } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import type { Update, WizardState } from '../model/state.ts';
import { effective, setValue } from '../model/updates.ts';
import { syncTlsHosts } from './https.ts';

export const INGRESS = ['ingress'] as const;

export function ingressEnabled(state: WizardState): boolean {
  return effective(state, ['ingress', 'enabled']) === true;
}

export function setIngressEnabled(enabled: boolean): Update {
  return setValue(['ingress', 'enabled'], enabled);
}

/** The hosts as the admin typed them; an empty list means one catch-all rule. */
export function ingressHosts(state: WizardState): string[] {
  const hosts = getIn(state.values, ['ingress', 'hosts']);
  return Array.isArray(hosts) ? hosts.map(String) : [];
}

/** Sets the hosts; a TLS entry the wizard manages follows them. */
export function setIngressHosts(hosts: readonly string[]): Update {
  return (state) => syncTlsHosts(setValue(['ingress', 'hosts'], [...hosts])(state));
}

/** A map of strings, as annotations are; non-strings are shown as YAML would print them. */
export function stringMap(value: Json | undefined): [string, string][] {
  if (!isObject(value)) return [];
  return Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]);
}

export const INGRESS_PATHS = {
  enabled: ['ingress', 'enabled'],
  hosts: ['ingress', 'hosts'],
  ingressClassName: ['ingress', 'ingressClassName'],
  annotations: ['ingress', 'annotations'],
  pathSuffix: ['ingress', 'pathSuffix'],
  pathType: ['ingress', 'pathType'],
  tls: ['ingress', 'tls'],
  extraPaths: ['ingress', 'extraPaths'],
} as const;

export const PATH_TYPES = ['Prefix', 'Exact', 'ImplementationSpecific'] as const;

/** One `ingress.tls` entry as the form edits it. */
export interface TlsEntry {
  hosts: string[];
  secretName: string;
}

export function tlsEntries(state: WizardState): TlsEntry[] | null {
  const tls = getIn(state.values, INGRESS_PATHS.tls);
  if (tls === undefined) return [];
  if (!Array.isArray(tls)) return null;
  const out: TlsEntry[] = [];
  for (const t of tls) {
    if (!isObject(t) || Object.keys(t).some((k) => k !== 'hosts' && k !== 'secretName')) return null;
    out.push({ hosts: Array.isArray(t.hosts) ? t.hosts.map(String) : [], secretName: typeof t.secretName === 'string' ? t.secretName : '' });
  }
  return out;
}

export function setTlsEntries(entries: readonly TlsEntry[]): Update {
  return setValue(
    INGRESS_PATHS.tls,
    entries.map((e): JsonObject => (e.secretName ? { hosts: [...e.hosts], secretName: e.secretName } : { hosts: [...e.hosts] })),
  );
}

/** Annotations as rows; values written back as strings, which is all the chart's schema accepts. */
export function setStringMap(path: readonly string[], rows: readonly [string, string][]): Update {
  const map: Record<string, string> = {};
  for (const [k, v] of rows) map[k] = v;
  return setValue(path, map);
}
