import { isObject, type Json } from '../model/json.ts';
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
