import { CHART_VERSION } from '../../../model/chart-release.ts';
import { deepEqual, isObject } from '../../../model/json.ts';
import type { UpgradeEditor } from '../editor.ts';

/** 0.x `auth.type` → 4.4.0 authenticator_class and the class whose section takes its settings. */
const AUTH_TYPES: Record<string, { entry: string; section: string; oauth?: boolean }> = {
  github: { entry: 'github', section: 'GitHubOAuthenticator', oauth: true },
  google: { entry: 'google', section: 'GoogleOAuthenticator', oauth: true },
  gitlab: { entry: 'gitlab', section: 'GitLabOAuthenticator', oauth: true },
  cilogon: { entry: 'cilogon', section: 'CILogonOAuthenticator', oauth: true },
  globus: { entry: 'globus', section: 'GlobusOAuthenticator', oauth: true },
  azuread: { entry: 'azuread', section: 'AzureAdOAuthenticator', oauth: true },
  mediawiki: { entry: 'mediawiki', section: 'MWOAuthenticator', oauth: true },
  generic: { entry: 'generic-oauth', section: 'GenericOAuthenticator', oauth: true },
  ldap: { entry: 'ldapauthenticator.LDAPAuthenticator', section: 'LDAPAuthenticator' },
  lti: { entry: 'ltiauthenticator.LTIAuthenticator', section: 'LTIAuthenticator' },
  tmp: { entry: 'tmpauthenticator.TmpAuthenticator', section: 'TmpAuthenticator' },
  dummy: { entry: 'dummy', section: 'DummyAuthenticator' },
};

/** Old camelCase provider settings → the authenticator's own trait names. */
const AUTH_TRAITS: Record<string, string> = {
  clientId: 'client_id',
  clientSecret: 'client_secret',
  callbackUrl: 'oauth_callback_url',
  orgWhitelist: 'allowed_organizations',
  org_whitelist: 'allowed_organizations',
  hostedDomain: 'hosted_domain',
  loginService: 'login_service',
  gitlabUrl: 'gitlab_url',
  gitlabGroupWhitelist: 'allowed_gitlab_groups',
  gitlabProjectIdWhitelist: 'allowed_project_ids',
  tenantId: 'tenant_id',
  usernameClaim: 'username_claim',
  teamWhitelist: 'allowed_organizations',
  scopes: 'scope',
  password: 'password',
};

/** 0.x `auth.*` (type, provider sections, admins, allow lists, state) into hub.config. */
export function auth(u: UpgradeEditor): void {
  const auth = u.get(['auth']);
  if (auth === undefined) return;
  if (!isObject(auth)) {
    u.remove(['auth'], 'auth was removed in chart 1.0.0; authentication is configured under hub.config.');
    return;
  }
  const moveWhy = (what: string) => `auth.* was removed in chart 1.0.0; ${what} is now configured under hub.config (JupyterHub's own settings).`;
  const type = typeof auth['type'] === 'string' ? auth['type'] : undefined;
  let section: string | undefined;
  let oauth = false;
  if (type !== undefined) {
    const known = AUTH_TYPES[type];
    const custom = isObject(auth['custom']) ? auth['custom'] : undefined;
    if (known) {
      section = known.section;
      oauth = known.oauth ?? false;
      u.replace(['auth', 'type'], ['hub', 'config', 'JupyterHub', 'authenticator_class'], known.entry, moveWhy('the authenticator'));
    } else if (type === 'custom' && custom && typeof custom['className'] === 'string') {
      const className = custom['className'];
      section = className.split('.').pop();
      u.replace(['auth', 'type'], ['hub', 'config', 'JupyterHub', 'authenticator_class'], className, moveWhy('the authenticator'));
      u.del(['auth', 'custom', 'className']);
      if (isObject(custom['config']) && section) u.move(['auth', 'custom', 'config'], ['hub', 'config', section], moveWhy('the custom authenticator\'s settings'));
    } else {
      u.remove(
        ['auth', 'type'],
        `auth.type was removed in chart 1.0.0 and "${type}" has no direct equivalent: set hub.config.JupyterHub.authenticator_class to your authenticator class ` +
          `(and its settings under hub.config.<ClassName>). Until then the hub uses the chart default (dummy: any user, any password in ${CHART_VERSION} requires hub.config.DummyAuthenticator.password).`,
      );
    }
  }
  // Provider sections (auth.github, auth.google …): take the section of the type if known.
  for (const [provider, spec] of Object.entries(AUTH_TYPES)) {
    const block = auth[provider];
    if (!isObject(block)) continue;
    for (const [key, value] of Object.entries(block)) {
      const trait = AUTH_TRAITS[key] ?? camelToSnake(key);
      const guessed = !(key in AUTH_TRAITS);
      const newValue = trait === 'hosted_domain' && typeof value === 'string' ? [value] : value;
      const to = ['hub', 'config', spec.section, trait];
      const why =
        moveWhy(`the ${provider} setting ${key}`) +
        (guessed ? ` The new name ${trait} is guessed from the old one: check it against the authenticator's documentation.` : '');
      if (deepEqual(newValue, value) && !u.has(to)) u.move(['auth', provider, key], to, why);
      else u.replace(['auth', provider, key], to, newValue, why);
    }
    if (!section && provider === type) section = spec.section;
  }
  const sectionOr = section ?? 'Authenticator';
  if (u.has(['auth', 'scopes'])) u.move(['auth', 'scopes'], ['hub', 'config', sectionOr === 'Authenticator' ? 'OAuthenticator' : sectionOr, 'scope'], moveWhy('the OAuth scopes'));
  if (u.has(['auth', 'admin', 'users'])) u.move(['auth', 'admin', 'users'], ['hub', 'config', 'Authenticator', 'admin_users'], moveWhy('the list of admins'));
  const access = u.get(['auth', 'admin', 'access']);
  if (access !== undefined) u.replace(['auth', 'admin', 'access'], ['hub', 'config', 'JupyterHub', 'admin_access'], access, moveWhy('admin access to user servers'));
  for (const listKey of ['whitelist', 'allowlist', 'allowedUsers']) {
    if (u.has(['auth', listKey, 'users'])) {
      u.move(['auth', listKey, 'users'], ['hub', 'config', 'Authenticator', 'allowed_users'], moveWhy('the list of allowed users (whitelist → allowed_users)'));
    }
  }
  const stateEnabled = u.get(['auth', 'state', 'enabled']);
  if (stateEnabled !== undefined) u.replace(['auth', 'state', 'enabled'], ['hub', 'config', 'Authenticator', 'enable_auth_state'], stateEnabled, moveWhy('auth state'));
  const cryptoKey = u.get(['auth', 'state', 'cryptoKey']);
  if (typeof cryptoKey === 'string') u.replace(['auth', 'state', 'cryptoKey'], ['hub', 'config', 'CryptKeeper', 'keys'], [cryptoKey], moveWhy('the auth state key'));
  const rest = u.get(['auth']);
  if (rest !== undefined) u.remove(['auth'], 'auth was removed in chart 1.0.0 and these settings have no direct equivalent: configure them under hub.config.<AuthenticatorClass>.');
  // who may log in (OAuthenticator 16 admits nobody without an allow rule) is validation's rule
  // (validate/rules/login.ts): it shows in the problems list for as long as it holds
}

function camelToSnake(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
