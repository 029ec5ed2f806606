import { allowRulesOf, authenticationOf, snippetsMayAllow } from '../../features/authentication.ts';
import type { Problem } from '../problem.ts';
import { error, warning, type FieldRule } from './context.ts';

const AUTH_PATH = ['hub', 'config', 'JupyterHub', 'authenticator_class'];

/**
 * Who may log in. JupyterHub 5 (chart 4.x) and OAuthenticator 16 let nobody in unless an allow rule
 * says who: a hub configured without one starts, and then refuses everyone. The opposite too: allow
 * all with a provider anyone has an account with lets the whole internet run code on the cluster.
 */
export const loginRules: FieldRule = (ctx) => {
  const auth = authenticationOf(ctx.values);
  if (!auth?.needsAllowRule || snippetsMayAllow(ctx.values)) return [];
  const allow = allowRulesOf(ctx.values);
  const out: Problem[] = [];
  if (allow.admitting.length === 0 && allow.allowAll.length === 0) {
    const how =
      `set who may log in under hub.config, e.g. \`${sectionHint(auth.authenticatorClass)}.allowed_users\`` +
      `${auth.provider === 'GitHub' ? ' or `allowed_organizations`' : ''}, or \`allow_all: true\``;
    out.push(
      allow.admins
        ? warning('login-admins-only', AUTH_PATH, `only the admin_users can log in: ${auth.provider} lets in nobody else without an allow rule (JupyterHub 5, OAuthenticator 16); ${how}`)
        : error('login-nobody', AUTH_PATH, `nobody can log in: with ${auth.provider}, JupyterHub 5 (chart 4.x) and OAuthenticator 16 admit no one unless an allow rule says who; ${how}`),
    );
  }
  if (auth.publicProvider && allow.allowAll.length > 0 && allow.admitting.length === 0) {
    out.push(
      warning(
        'login-anyone',
        AUTH_PATH,
        `anyone with a ${auth.provider} account can log in and run code on your cluster (${allow.allowAll[0]}); admit fewer with allowed_users${auth.provider === 'GitHub' ? ' or allowed_organizations' : ''} unless that is what you want`,
      ),
    );
  }
  return out;
};

/** The config section an admin writes allow rules in for this authenticator. */
function sectionHint(cls: string): string {
  const name = cls.split('.').pop() ?? cls;
  if (/Authenticator$/.test(name)) return `hub.config.${name}`;
  return 'hub.config.Authenticator';
}
