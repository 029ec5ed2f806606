import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writeConfig } from '../config/write-config-for-state.ts';
import { validateState } from '../validate/index.ts';
import { PRESET_TITLES } from './preset-titles.ts';
import { presets } from './presets.ts';

describe('presets', () => {
  // A preset cannot know the admin's e-mail address: that is the one thing left to fill in.
  const mustFill = new Set(['cert-manager-email-missing', 'letsencrypt-email-missing']);

  it.each(presets.map((p) => [p.id, p] as const))('%s gives a config with no errors but the e-mail to fill in', (_id, preset) => {
    const state = preset.build('jupyterhub', 'jupyterhub');
    expect(validateState(state).filter((p) => p.severity === 'error' && !mustFill.has(p.code))).toEqual([]);
    expect(parse(writeConfig(state)) ?? {}).toEqual(state.values);
  });

  it('are the titles the bar shows, in its order', () => {
    expect(presets.map((p) => [p.id, p.title])).toEqual(PRESET_TITLES.map((t) => [t.id, t.title]));
  });

  it('keep the release and namespace', () => {
    const s = presets[0]!.build('hub', 'team-a');
    expect([s.release, s.namespace]).toEqual(['hub', 'team-a']);
  });

  it('cert-manager preset sets the annotation, TLS and a ClusterIP proxy', () => {
    const v = presets.find((p) => p.id === 'ingress-cert-manager')!.build('jupyterhub', 'jupyterhub').values;
    expect(v).toMatchObject({
      ingress: { enabled: true, annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt-prod' }, tls: [{ hosts: ['hub.example.org'] }] },
      proxy: { service: { type: 'ClusterIP' } },
    });
  });

  it('the team hub signs in with GitHub at the preset host, its callback made from it', () => {
    const v = presets.find((p) => p.id === 'github-team')!.build('jupyterhub', 'jupyterhub').values;
    expect(v.hub).toEqual({
      config: {
        JupyterHub: { authenticator_class: 'github' },
        GitHubOAuthenticator: { oauth_callback_url: 'https://hub.example.org/hub/oauth_callback', allowed_organizations: ['your-org'] },
        Authenticator: { admin_users: ['your-github-name'] },
      },
    });
    expect(v.singleuser).toEqual({ defaultUrl: '/lab' });
    expect(v.cull).toEqual({ every: 300 });
  });

  it('minimal is empty', () => {
    expect(presets.find((p) => p.id === 'minimal')!.build('jupyterhub', 'jupyterhub').values).toEqual({});
  });
});
