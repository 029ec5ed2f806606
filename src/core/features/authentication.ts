import type { Json, JsonObject } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import { asMap, isObject, truthy } from '../values/shape.ts';

/**
 * Who may log in, as JupyterHub 5 (chart 4.x) and OAuthenticator 16 decide it: nobody, unless an
 * allow rule says who. Read from `hub.config` (the chart passes it to the hub as traitlets config);
 * a snippet in `hub.extraConfig` may set more, which is why the rules built on this stay quiet
 * when a snippet mentions an allow setting.
 */

/** Authenticator entry points (and class name parts) that let nobody in without an allow rule. */
const NEEDS_ALLOW_RULE: readonly [RegExp, string][] = [
  [/^github$|GitHubOAuthenticator/i, 'GitHub'],
  [/^google$|GoogleOAuthenticator/i, 'Google'],
  [/^gitlab$|GitLabOAuthenticator/i, 'GitLab'],
  [/^bitbucket$|BitbucketOAuthenticator/i, 'Bitbucket'],
  [/^cilogon$|CILogonOAuthenticator/i, 'CILogon'],
  [/^globus$|GlobusOAuthenticator/i, 'Globus'],
  [/^azuread$|AzureAdOAuthenticator/i, 'Microsoft Entra ID'],
  [/^auth0$|Auth0OAuthenticator/i, 'Auth0'],
  [/^openshift$|OpenShiftOAuthenticator/i, 'OpenShift'],
  [/^mediawiki$|MWOAuthenticator/i, 'MediaWiki'],
  [/^generic(-oauth)?$|GenericOAuthenticator/i, 'OAuth2/OpenID Connect'],
  [/OAuthenticator$/i, 'OAuth'],
  [/^ldap(authenticator)?$|LDAPAuthenticator/i, 'LDAP'],
];

/** Providers anyone on the internet has an account with: allow_all there means everyone. */
const PUBLIC_PROVIDERS = new Set(['GitHub', 'Google', 'GitLab', 'Bitbucket', 'CILogon', 'Globus']);

export interface Authentication {
  /** `hub.config.JupyterHub.authenticator_class` as written */
  authenticatorClass: string;
  /** the provider, for messages (`GitHub` …) */
  provider: string;
  /** whether it lets nobody in without an allow rule */
  needsAllowRule: boolean;
  /** whether anyone with an account at the provider can have one (GitHub, Google …) */
  publicProvider: boolean;
}

/** The authenticator the hub runs with, or null for the chart's default (dummy) and unknown kinds. */
export function authenticationOf(v: JsonObject): Authentication | null {
  const cls = getIn(v, ['hub', 'config', 'JupyterHub', 'authenticator_class']);
  if (typeof cls !== 'string' || cls === '') return null;
  const found = NEEDS_ALLOW_RULE.find(([pattern]) => pattern.test(cls) || pattern.test(cls.split('.').pop() ?? ''));
  if (!found) return { authenticatorClass: cls, provider: cls, needsAllowRule: false, publicProvider: false };
  return { authenticatorClass: cls, provider: found[1], needsAllowRule: true, publicProvider: PUBLIC_PROVIDERS.has(found[1]) };
}

/** The allow rules in `hub.config`'s authenticator sections: `GitHubOAuthenticator.allowed_organizations` … */
export interface AllowRules {
  /** where an allow rule admits someone (`hub.config.Authenticator.allowed_users`) */
  admitting: string[];
  /** where `allow_all: true` is */
  allowAll: string[];
  /** admin_users set somewhere (admins can always log in) */
  admins: boolean;
}

export function allowRulesOf(v: JsonObject): AllowRules {
  const out: AllowRules = { admitting: [], allowAll: [], admins: false };
  const config = asMap(getIn(v, ['hub', 'config']));
  for (const section of Object.keys(config)) {
    if (!/Authenticator$/.test(section)) continue;
    const settings = config[section];
    if (!isObject(settings)) continue;
    for (const [key, value] of Object.entries(settings)) {
      const at = `hub.config.${section}.${key}`;
      if (key === 'allow_all' && value === true) out.allowAll.push(at);
      else if (key === 'allow_existing_users' && value === true) out.admitting.push(at);
      else if (/^allowed_/.test(key) && nonEmpty(value)) out.admitting.push(at);
      else if (key === 'admin_users' && nonEmpty(value)) out.admins = true;
    }
  }
  return out;
}

/** Whether a snippet of `hub.extraConfig` may set who is allowed (the check cannot read Python). */
export function snippetsMayAllow(v: JsonObject): boolean {
  const snippets = asMap(getIn(v, ['hub', 'extraConfig']));
  return Object.values(snippets).some((code) => typeof code === 'string' && /\ballow(_all|ed_\w+|_existing_users)\b|check_allowed/.test(code));
}

function nonEmpty(value: Json | undefined): boolean {
  return truthy(value);
}
