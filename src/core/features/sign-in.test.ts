import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writeConfig } from '../config/write-config-for-state.ts';
import { initialState, type Update, type WizardState } from '../model/state.ts';
import { setValue } from '../model/updates.ts';
import { findSecrets } from '../permalink/secrets/find.ts';
import { validateState } from '../validate/index.ts';
import { setIngressEnabled, setIngressHosts } from './ingress.ts';
import { BASE_SECTION, allowAll, namesFromText, providerOf, setAllowAll, setProvider, setSetting, suggestedCallbackUrl } from './sign-in.ts';

const run = (...updates: Update[]): WizardState => updates.reduce((s, u) => u(s), initialState());
const loginCodes = (s: WizardState) => validateState(s).map((p) => p.code).filter((c) => c.startsWith('login-'));

describe('sign-in form', () => {
  it('GitHub: class, client and callback under hub.config, as the golden 44-signin-github', () => {
    const s = run(
      setIngressEnabled(true),
      setIngressHosts(['hub.example.org']),
      (st) => setProvider('github', suggestedCallbackUrl(st))(st),
      setSetting('GitHubOAuthenticator', 'client_id', 'github-client-id-0123'),
      setSetting('GitHubOAuthenticator', 'client_secret', 'github-client-secret-4567'),
      setSetting('GitHubOAuthenticator', 'allowed_organizations', ['my-org']),
      setSetting(BASE_SECTION, 'admin_users', ['alice']),
    );
    expect(providerOf(s)?.id).toBe('github');
    const golden = parse(`hub:
  config:
    JupyterHub: {authenticator_class: github}
    GitHubOAuthenticator:
      client_id: github-client-id-0123
      client_secret: github-client-secret-4567
      oauth_callback_url: https://hub.example.org/hub/oauth_callback
      allowed_organizations: [my-org]
    Authenticator: {admin_users: [alice]}`);
    expect(parse(writeConfig(s)).hub).toEqual(golden.hub);
    expect(loginCodes(s)).toEqual([]);
  });

  it('the callback follows hub.baseUrl and waits for a host', () => {
    expect(suggestedCallbackUrl(initialState())).toBeNull();
    const s = run(setValue(['httpRoute', 'hostnames'], ['h.org']), setValue(['hub', 'baseUrl'], '/jhub/'));
    expect(suggestedCallbackUrl(s)).toBe('https://h.org/jhub/hub/oauth_callback');
    expect(suggestedCallbackUrl(setValue(['hub', 'baseUrl'], 'jhub')(s))).toBe('https://h.org/jhub/hub/oauth_callback');
  });

  it('nobody can log in until an allow rule is added; allow_all clears it and warns for GitHub', () => {
    let s = run((st) => setProvider('github', null)(st));
    expect(loginCodes(s)).toEqual(['login-nobody']);
    s = setSetting(BASE_SECTION, 'admin_users', ['alice'])(s);
    expect(loginCodes(s)).toEqual(['login-admins-only']);
    s = setSetting(BASE_SECTION, 'allowed_users', ['bob'])(s);
    expect(loginCodes(s)).toEqual([]);
    s = setAllowAll(true)(setSetting(BASE_SECTION, 'allowed_users', [])(s));
    expect(allowAll(s)).toBe(true);
    expect(loginCodes(s)).toEqual(['login-anyone']);
    s = setAllowAll(false)(s);
    expect(s.values.hub).toEqual({ config: { JupyterHub: { authenticator_class: 'github' }, Authenticator: { admin_users: ['alice'] } } });
  });

  it('switching provider carries the OAuth client and drops the old section; dummy is the default', () => {
    let s = run((st) => setProvider('github', 'https://a/hub/oauth_callback')(st), setSetting('GitHubOAuthenticator', 'client_id', 'id'), setSetting('GitHubOAuthenticator', 'allowed_organizations', ['o']));
    s = setProvider('gitlab', null)(s);
    expect(s.values.hub).toEqual({ config: { JupyterHub: { authenticator_class: 'gitlab' }, GitLabOAuthenticator: { client_id: 'id', oauth_callback_url: 'https://a/hub/oauth_callback' } } });
    s = setProvider('dummy', null)(s);
    expect(s.values).toEqual({});
    expect(providerOf(s)?.id).toBe('dummy');
  });

  it('knows imported class paths', () => {
    const s = run(setValue(['hub', 'config', 'JupyterHub', 'authenticator_class'], 'oauthenticator.github.GitHubOAuthenticator'));
    expect(providerOf(s)?.id).toBe('github');
    expect(providerOf(run(setValue(['hub', 'config', 'JupyterHub', 'authenticator_class'], 'my.Custom')))).toBeNull();
  });

  it('a client secret typed in the form is a secret for links', () => {
    const s = run((st) => setProvider('azuread', null)(st), setSetting('AzureAdOAuthenticator', 'client_secret', 'Az~secret-1234'));
    expect(findSecrets(s.values).map((f) => f.where)).toContain('hub.config.AzureAdOAuthenticator.client_secret');
  });

  it('reads names one a line or comma-separated', () => {
    expect(namesFromText(' alice, bob\n\ncarol\nalice ')).toEqual(['alice', 'bob', 'carol']);
  });
});
