import type { Json, JsonObject, Path } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import type { Update, WizardState } from '../model/state.ts';
import { effective, withValue } from '../model/updates.ts';
import { asList, asMap, isObject } from '../values/shape.ts';

export { publicHost, suggestedCallbackUrl } from './callback-url.ts';

/**
 * The sign-in form: which authenticator the hub runs and who may log in, written as traitlets
 * config under `hub.config` (the chart hands that map to the hub, and puts it in Secret `hub`).
 * Who-may-log-in rules go to the base `Authenticator` section, which every authenticator reads;
 * what belongs to one provider (client id and secret, organisations, groups) to its own section.
 */

export type ProviderId = 'dummy' | 'github' | 'google' | 'gitlab' | 'azuread' | 'generic' | 'ldap' | 'native';

export interface Provider {
  id: ProviderId;
  label: string;
  /** what `JupyterHub.authenticator_class` holds for it (an entry point name or a class path) */
  authenticatorClass: string;
  /** the traitlets section of its own settings */
  section: string;
  /** OAuth2: a client id, a client secret and a callback URL registered at the provider */
  oauth: boolean;
  /** the key of its organisation / group allow rule, if it has one */
  groupsKey?: string;
  groupsLabel?: string;
  /** further settings of its own, shown as text fields */
  extra: readonly { key: string; label: string; placeholder: string; list?: boolean }[];
  docs: string;
}

const OAUTH_DOCS = 'https://oauthenticator.readthedocs.io/en/latest/tutorials/provider-specific-setup/providers/';

export const PROVIDERS: readonly Provider[] = [
  { id: 'dummy', label: 'Dummy (testing only: any name, one shared password)', authenticatorClass: 'dummy', section: 'DummyAuthenticator', oauth: false, extra: [{ key: 'password', label: 'Shared password', placeholder: 'leave empty: any password' }], docs: 'https://z2jh.jupyter.org/en/stable/administrator/authentication.html' },
  { id: 'github', label: 'GitHub', authenticatorClass: 'github', section: 'GitHubOAuthenticator', oauth: true, groupsKey: 'allowed_organizations', groupsLabel: 'Allowed organisations (or org:team)', extra: [], docs: `${OAUTH_DOCS}github.html` },
  { id: 'google', label: 'Google', authenticatorClass: 'google', section: 'GoogleOAuthenticator', oauth: true, extra: [{ key: 'hosted_domain', label: 'Hosted domains (Google Workspace)', placeholder: 'example.org', list: true }], docs: `${OAUTH_DOCS}google.html` },
  { id: 'gitlab', label: 'GitLab', authenticatorClass: 'gitlab', section: 'GitLabOAuthenticator', oauth: true, groupsKey: 'allowed_gitlab_groups', groupsLabel: 'Allowed GitLab groups', extra: [], docs: `${OAUTH_DOCS}gitlab.html` },
  { id: 'azuread', label: 'Microsoft Entra ID (Azure AD)', authenticatorClass: 'azuread', section: 'AzureAdOAuthenticator', oauth: true, groupsKey: 'allowed_groups', groupsLabel: 'Allowed groups (object ids)', extra: [{ key: 'tenant_id', label: 'Tenant id', placeholder: '00000000-0000-0000-0000-000000000000' }], docs: `${OAUTH_DOCS}azuread.html` },
  {
    id: 'generic', label: 'Generic OAuth2 / OpenID Connect', authenticatorClass: 'generic-oauth', section: 'GenericOAuthenticator', oauth: true, groupsKey: 'allowed_groups', groupsLabel: 'Allowed groups',
    extra: [
      { key: 'authorize_url', label: 'Authorize URL', placeholder: 'https://idp.example.org/authorize' },
      { key: 'token_url', label: 'Token URL', placeholder: 'https://idp.example.org/token' },
      { key: 'userdata_url', label: 'User info URL', placeholder: 'https://idp.example.org/userinfo' },
      { key: 'username_claim', label: 'Username claim', placeholder: 'preferred_username' },
      { key: 'auth_state_groups_key', label: 'Groups claim (for allowed groups)', placeholder: 'oauth_user.groups' },
    ],
    docs: `${OAUTH_DOCS}generic.html`,
  },
  {
    id: 'ldap', label: 'LDAP', authenticatorClass: 'ldapauthenticator.LDAPAuthenticator', section: 'LDAPAuthenticator', oauth: false, groupsKey: 'allowed_groups', groupsLabel: 'Allowed LDAP groups (DNs)',
    extra: [
      { key: 'server_address', label: 'Server address', placeholder: 'ldap.example.org' },
      { key: 'bind_dn_template', label: 'Bind DN templates', placeholder: 'uid={username},ou=people,dc=example,dc=org', list: true },
    ],
    docs: 'https://github.com/jupyterhub/ldapauthenticator#readme',
  },
  { id: 'native', label: 'Native (users sign up, an admin approves)', authenticatorClass: 'nativeauthenticator.NativeAuthenticator', section: 'NativeAuthenticator', oauth: false, extra: [], docs: 'https://native-authenticator.readthedocs.io/en/latest/' },
];

const CLASS_PATH: Path = ['hub', 'config', 'JupyterHub', 'authenticator_class'];
const CONFIG: Path = ['hub', 'config'];
/** The base section: who may log in, for whichever authenticator. */
export const BASE_SECTION = 'Authenticator';

export function providerById(id: ProviderId): Provider {
  return PROVIDERS.find((p) => p.id === id)!;
}

/** The form's provider for the hub's authenticator class, or null for one the form does not know. */
export function providerOf(state: WizardState): Provider | null {
  const cls = effective(state, CLASS_PATH);
  if (typeof cls !== 'string') return null;
  const name = cls.toLowerCase();
  return PROVIDERS.find((p) => p.authenticatorClass.toLowerCase() === name || p.section.toLowerCase() === name.split('.').pop()) ?? null;
}

export function authenticatorClassOf(state: WizardState): string {
  const cls = effective(state, CLASS_PATH);
  return typeof cls === 'string' ? cls : '';
}

/** A setting of the provider's own section (`client_id` …) or, with `BASE_SECTION`, of all. */
export const settingPath = (section: string, key: string): Path => [...CONFIG, section, key];

export function setting(state: WizardState, section: string, key: string): Json | undefined {
  return getIn(state.values, settingPath(section, key));
}

export function settingList(state: WizardState, section: string, key: string): string[] {
  const v = setting(state, section, key);
  return typeof v === 'string' ? [v] : asList(v).map((x) => (typeof x === 'string' ? x : String(x)));
}

/** Sets one setting; an empty text or list removes it. */
export function setSetting(section: string, key: string, value: Json | undefined): Update {
  const empty = value === '' || (Array.isArray(value) && value.length === 0);
  return (state) => withValue(state, settingPath(section, key), empty ? undefined : value);
}

/**
 * Switches the authenticator. The settings the old provider's form wrote move to the new one where
 * it has them (client id, secret, callback URL), the rest of the old section goes: a section for an
 * authenticator the hub no longer runs is noise. The base section's rules stay as they are.
 */
export function setProvider(id: ProviderId, suggestedCallback: string | null): Update {
  return (state) => {
    const from = providerOf(state);
    const to = providerById(id);
    if (from?.id === id) return state;
    const carried = asMap(from ? getIn(state.values, [...CONFIG, from.section]) : undefined);
    let next = from ? withValue(state, [...CONFIG, from.section], undefined) : state;
    next = withValue(next, CLASS_PATH, to.authenticatorClass);
    if (to.oauth) {
      for (const key of ['client_id', 'client_secret', 'oauth_callback_url']) {
        if (carried[key] !== undefined) next = withValue(next, settingPath(to.section, key), carried[key]);
      }
      if (getIn(next.values, settingPath(to.section, 'oauth_callback_url')) === undefined && suggestedCallback) {
        next = withValue(next, settingPath(to.section, 'oauth_callback_url'), suggestedCallback);
      }
    }
    return next;
  };
}

/** Whether the admin allows everyone the provider lets through (`Authenticator.allow_all`). */
export function allowAll(state: WizardState): boolean {
  const config = asMap(getIn(state.values, CONFIG));
  return Object.entries(config).some(([section, v]) => /Authenticator$/.test(section) && isObject(v) && v.allow_all === true);
}

/** `allow_all` on or off: written in the base section, and removed from the others when turned off. */
export function setAllowAll(on: boolean): Update {
  return (state) => {
    const config = asMap(getIn(state.values, CONFIG));
    let next = withValue(state, settingPath(BASE_SECTION, 'allow_all'), on ? true : undefined);
    if (!on) for (const section of Object.keys(config)) if (section !== BASE_SECTION && /Authenticator$/.test(section)) next = withValue(next, settingPath(section, 'allow_all'), undefined);
    return next;
  };
}

/** A list of names as typed, one a line or comma-separated, without blanks and repeats. */
export function namesFromText(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\n,]/)) {
    const name = part.trim();
    if (name !== '' && !out.includes(name)) out.push(name);
  }
  return out;
}

/** Everything the sign-in form writes, for the share dialog and tests: the whole `hub.config`. */
export function hubConfig(state: WizardState): JsonObject {
  return asMap(getIn(state.values, CONFIG));
}
