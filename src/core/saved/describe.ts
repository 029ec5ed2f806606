import type { Json } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import type { WizardState } from '../model/state.ts';

/**
 * A one-line summary of a setup, to tell kept copies apart at a glance: the release, the parts of
 * config.yaml it sets, its hosts and whether it came from a file.
 * `jupyterhub · ingress, proxy · hub.example.org · imported file`.
 */
export function describeSetup(state: WizardState): string {
  const keys = Object.keys(state.values);
  const parts = [state.release || '(no release name)'];
  parts.push(keys.length === 0 ? 'no settings' : keys.length <= 4 ? keys.join(', ') : `${keys.slice(0, 4).join(', ')} and ${keys.length - 4} more`);
  const hosts = [...strings(getIn(state.values, ['ingress', 'hosts'])), ...strings(getIn(state.values, ['proxy', 'https', 'hosts']))];
  if (hosts.length > 0) parts.push(hosts.length <= 2 ? hosts.join(', ') : `${hosts.slice(0, 2).join(', ')} …`);
  if (state.imported) parts.push('imported file');
  return parts.join(' · ');
}

function strings(value: Json | undefined): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string' && v !== '').map((v) => (v.length > 60 ? `${v.slice(0, 57)}…` : v));
}
