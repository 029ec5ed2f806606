import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json.ts';
import { initialState } from '../../model/state.ts';
import { validateState } from '../index.ts';

const codes = (values: JsonObject) => validateState({ ...initialState(), values }).map((p) => p.code).filter((c) => c.startsWith('login-'));
const hub = (config: JsonObject, more: JsonObject = {}): JsonObject => ({ hub: { config, ...more } });

describe('who may log in (JupyterHub 5, OAuthenticator 16)', () => {
  it('an OAuth authenticator with no allow rule: nobody can log in (error)', () => {
    expect(codes(hub({ JupyterHub: { authenticator_class: 'github' } }))).toEqual(['login-nobody']);
    expect(codes(hub({ JupyterHub: { authenticator_class: 'oauthenticator.generic.GenericOAuthenticator' } }))).toEqual(['login-nobody']);
    expect(codes(hub({ JupyterHub: { authenticator_class: 'ldapauthenticator.LDAPAuthenticator' } }))).toEqual(['login-nobody']);
  });

  it('near misses: an allow rule in any authenticator section, allow_existing_users, a snippet that may set one, the dummy default', () => {
    expect(codes(hub({ JupyterHub: { authenticator_class: 'github' }, GitHubOAuthenticator: { allowed_organizations: ['my-org'] } }))).toEqual([]);
    expect(codes(hub({ JupyterHub: { authenticator_class: 'github' }, Authenticator: { allowed_users: ['ada'] } }))).toEqual([]);
    expect(codes(hub({ JupyterHub: { authenticator_class: 'azuread' }, Authenticator: { allow_existing_users: true } }))).toEqual([]);
    expect(codes(hub({ JupyterHub: { authenticator_class: 'github' } }, { extraConfig: { auth: 'c.Authenticator.allow_all = True\n' } }))).toEqual([]);
    expect(codes({})).toEqual([]);
    expect(codes(hub({ JupyterHub: { authenticator_class: 'tmp' } }))).toEqual([]);
    // an empty list admits no one
    expect(codes(hub({ JupyterHub: { authenticator_class: 'github' }, Authenticator: { allowed_users: [] } }))).toEqual(['login-nobody']);
  });

  it('only admin_users: a warning that only they can log in', () => {
    expect(codes(hub({ JupyterHub: { authenticator_class: 'azuread' }, Authenticator: { admin_users: ['ada'] } }))).toEqual(['login-admins-only']);
  });

  it('allow_all with a provider anyone has an account with is a warning; with a closed provider, or with an allow list too, not', () => {
    expect(codes(hub({ JupyterHub: { authenticator_class: 'github' }, GitHubOAuthenticator: { allow_all: true } }))).toEqual(['login-anyone']);
    expect(codes(hub({ JupyterHub: { authenticator_class: 'azuread' }, AzureAdOAuthenticator: { allow_all: true } }))).toEqual([]);
    expect(codes(hub({ JupyterHub: { authenticator_class: 'github' }, GitHubOAuthenticator: { allow_all: false } }))).toEqual(['login-nobody']);
  });
});
