import { getIn } from '../model/paths.ts';
import type { WizardState } from '../model/state.ts';
import { effective } from '../model/updates.ts';
import { asList } from '../values/shape.ts';

// Apart from sign-in.ts so that a preset (in the first bundle) can use it without the forms' tables.

/** The public host the hub is reached at: the Ingress's, the HTTPRoute's or the chart's HTTPS host. */
export function publicHost(state: WizardState): string | null {
  const candidates = [['ingress', 'hosts'], ['httpRoute', 'hostnames'], ['proxy', 'https', 'hosts']] as const;
  for (const path of candidates) {
    const first = asList(getIn(state.values, path))[0];
    if (typeof first === 'string' && first.trim() !== '') return first.trim();
  }
  return null;
}

/**
 * The callback URL to register at the provider: the hub's `oauth_callback` under `hub.baseUrl`,
 * e.g. `https://hub.example.org/hub/oauth_callback` (or `…/jhub/hub/oauth_callback`). Null until
 * a host is known.
 */
export function suggestedCallbackUrl(state: WizardState): string | null {
  const host = publicHost(state);
  if (!host) return null;
  const base = effective(state, ['hub', 'baseUrl']);
  const prefix = `/${typeof base === 'string' ? base : '/'}/`.replace(/\/{2,}/g, '/');
  return `https://${host}${prefix}hub/oauth_callback`;
}

