import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { setHttpsMode, setIssuerName } from '../features/https.ts';
import { setIngressEnabled, setIngressHosts } from '../features/ingress.ts';
import { initialState, type Update, type WizardState } from '../model/state.ts';
import { setCertManager, setNamespace, setValue } from '../model/updates.ts';
import { clusterIssuer, clusterIssuerYaml, issuerRef } from './cluster-issuer.ts';

const run = (...updates: Update[]): WizardState => updates.reduce((s, u) => u(s), initialState());
const certManager = (...more: Update[]) =>
  run(setIngressEnabled(true), setIngressHosts(['hub.example.org']), setHttpsMode('cert-manager'), setCertManager({ email: 'ops@example.org' }), ...more);

describe('clusterIssuer', () => {
  it('is the ACME ClusterIssuer of REFERENCE §2a in cert-manager mode', () => {
    expect(clusterIssuer(certManager())).toEqual({
      apiVersion: 'cert-manager.io/v1',
      kind: 'ClusterIssuer',
      metadata: { name: 'letsencrypt-prod' },
      spec: {
        acme: {
          server: 'https://acme-v02.api.letsencrypt.org/directory',
          email: 'ops@example.org',
          privateKeySecretRef: { name: 'letsencrypt-prod-account-key' },
          solvers: [{ http01: { ingress: { ingressClassName: 'nginx' } } }],
        },
      },
    });
  });

  it('follows the issuer name, the staging server and the solver class', () => {
    const s = certManager(setIssuerName('le-staging'), setCertManager({ acmeServer: 'staging', solverIngressClass: 'traefik' }));
    const issuer = clusterIssuer(s)!;
    expect(issuer.metadata).toEqual({ name: 'le-staging' });
    expect(parse(clusterIssuerYaml(s)!)).toEqual(issuer);
    expect(clusterIssuerYaml(s)).toContain('server: https://acme-staging-v02.api.letsencrypt.org/directory\n');
    expect(clusterIssuerYaml(s)).toContain('privateKeySecretRef:\n      name: le-staging-account-key\n');
    expect(clusterIssuerYaml(s)).toContain('ingressClassName: traefik\n');
  });

  it('is the YAML document kubectl applies', () => {
    expect(clusterIssuerYaml(certManager())).toBe(
      [
        'apiVersion: cert-manager.io/v1',
        'kind: ClusterIssuer',
        'metadata:',
        '  name: letsencrypt-prod',
        'spec:',
        '  acme:',
        '    server: https://acme-v02.api.letsencrypt.org/directory',
        '    email: ops@example.org',
        '    privateKeySecretRef:',
        '      name: letsencrypt-prod-account-key',
        '    solvers:',
        '      - http01:',
        '          ingress:',
        '            ingressClassName: nginx',
        '',
      ].join('\n'),
    );
  });

  it('leaves out a blank e-mail and a blank solver class rather than writing empty strings', () => {
    const s = certManager(setCertManager({ email: '  ', solverIngressClass: '' }));
    const acme = (clusterIssuer(s)!.spec as { acme: Record<string, unknown> }).acme;
    expect('email' in acme).toBe(false);
    expect(acme.solvers).toEqual([{ http01: { ingress: {} } }]);
  });

  it('is null in every other HTTPS mode', () => {
    for (const mode of ['none', 'ingress-secret', 'auto', 'manual', 'proxy-secret', 'offload'] as const) {
      const s = run(setIngressEnabled(true), setIngressHosts(['hub.example.org']), setHttpsMode(mode));
      expect(clusterIssuer(s), mode).toBeNull();
      expect(clusterIssuerYaml(s), mode).toBeNull();
    }
  });

  it("names the issuer the Ingress's annotation asks for, and a namespaced Issuer for cert-manager.io/issuer", () => {
    const imported = run(
      setNamespace('hubs'),
      setValue(['ingress'], { enabled: true, hosts: ['a.org'], annotations: { 'cert-manager.io/issuer': 'team-issuer' }, tls: [{ hosts: ['a.org'], secretName: 't' }] }),
    );
    expect(issuerRef(imported)).toEqual({ kind: 'Issuer', name: 'team-issuer' });
    expect(clusterIssuer(imported)).toMatchObject({ kind: 'Issuer', metadata: { name: 'team-issuer', namespace: 'hubs' } });
    const other = run(setValue(['ingress'], { enabled: true, annotations: { 'cert-manager.io/cluster-issuer': 'corp-le' } }));
    expect(clusterIssuer(other)).toMatchObject({ kind: 'ClusterIssuer', metadata: { name: 'corp-le' } });
  });
});
