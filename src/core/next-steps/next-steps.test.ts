import { describe, expect, it } from 'vitest';
import { setHttpsMode } from '../features/https.ts';
import { setIngressEnabled, setIngressHosts } from '../features/ingress.ts';
import { PREPULLER_PATHS } from '../features/prepuller.ts';
import { initialState, type Update, type WizardState } from '../model/state.ts';
import { setNamespace, setRelease, setValue } from '../model/updates.ts';
import { clusterIssuerYaml } from './cluster-issuer.ts';
import { nextSteps } from './next-steps.ts';
import { shellQuote } from './shell.ts';

const run = (...updates: Update[]): WizardState => updates.reduce((s, u) => u(s), initialState());
const ids = (s: WizardState) => nextSteps(s).map((step) => step.id);
const step = (s: WizardState, id: string) => nextSteps(s).find((x) => x.id === id)!;
const certManager = (...more: Update[]) =>
  run(setIngressEnabled(true), setIngressHosts(['a.example.org', 'b.example.org']), setHttpsMode('cert-manager'), ...more);

describe('nextSteps', () => {
  it('without HTTPS: add the repo, then install with the pre-puller timeout', () => {
    const s = run();
    expect(ids(s)).toEqual(['helm-repo', 'install-jupyterhub']);
    expect(step(s, 'helm-repo').command).toBe('helm repo add jupyterhub https://hub.jupyter.org/helm-chart/\nhelm repo update');
    expect(step(s, 'install-jupyterhub').command).toBe(
      [
        'helm upgrade --cleanup-on-fail \\',
        '  --install jupyterhub jupyterhub/jupyterhub \\',
        '  --namespace jupyterhub \\',
        '  --create-namespace \\',
        '  --version 4.4.0 \\',
        '  --values config.yaml \\',
        '  --timeout 10m0s',
      ].join('\n'),
    );
  });

  it('drops --timeout when the hook pre-puller is off', () => {
    const s = run(setValue(PREPULLER_PATHS.hook, false));
    const command = step(s, 'install-jupyterhub').command!;
    expect(command).not.toContain('--timeout');
    expect(command.endsWith('--values config.yaml')).toBe(true);
  });

  it('uses the release and namespace, quoted for the shell', () => {
    const s = run(setRelease('hub'), setNamespace("o'dear ns"));
    const command = step(s, 'install-jupyterhub').command!;
    expect(command).toContain('--install hub jupyterhub/jupyterhub');
    expect(command).toContain(`--namespace 'o'\\''dear ns'`);
    expect(step(run(setRelease('$(rm -rf ~)')), 'install-jupyterhub').command).toContain(`--install '$(rm -rf ~)' jupyterhub/jupyterhub`);
  });

  it('with cert-manager: installs cert-manager, applies the ClusterIssuer, then DNS and the certificate', () => {
    const s = certManager(setNamespace('hubs'));
    expect(ids(s)).toEqual(['helm-repo', 'install-cert-manager', 'cluster-issuer', 'install-jupyterhub', 'dns', 'certificate']);
    expect(step(s, 'install-cert-manager').command).toBe(
      [
        'helm repo add jetstack https://charts.jetstack.io',
        'helm repo update',
        'helm install cert-manager jetstack/cert-manager \\',
        '  --namespace cert-manager \\',
        '  --create-namespace \\',
        '  --set crds.enabled=true',
      ].join('\n'),
    );
    const issuer = step(s, 'cluster-issuer');
    expect(issuer.title).toBe('Create the ClusterIssuer letsencrypt-prod');
    expect(issuer.command).toBe('kubectl apply -f cluster-issuer.yaml');
    expect(issuer.file).toEqual({ name: 'cluster-issuer.yaml', text: clusterIssuerYaml(s) });
    const dns = step(s, 'dns');
    expect(dns.explanation).toContain('a.example.org, b.example.org');
    expect(dns.explanation).toContain('ingress controller');
    expect(dns.command).toBe('kubectl --namespace hubs get ingress');
    expect(step(s, 'certificate').command).toBe('kubectl --namespace hubs get certificate');
  });

  it("with the chart's automatic HTTPS: DNS for proxy-public's external IP, after the install", () => {
    const s = run(setHttpsMode('auto'), setValue(['proxy', 'https', 'hosts'], ['hub.example.org']));
    expect(ids(s)).toEqual(['helm-repo', 'install-jupyterhub', 'dns']);
    expect(step(s, 'dns').title).toContain('proxy-public');
    expect(step(s, 'dns').explanation).toContain('hub.example.org');
    expect(step(s, 'dns').command).toBe('kubectl --namespace jupyterhub get service proxy-public');
  });

  it('an existing TLS secret needs no cert-manager and no DNS step of its own', () => {
    expect(ids(run(setIngressEnabled(true), setHttpsMode('ingress-secret')))).toEqual(['helm-repo', 'install-jupyterhub']);
  });
});

describe('shellQuote', () => {
  it('leaves plain words bare and single-quotes the rest', () => {
    expect(shellQuote('jupyterhub')).toBe('jupyterhub');
    expect(shellQuote('my-hub.v2')).toBe('my-hub.v2');
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote('$HOME')).toBe("'$HOME'");
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('a;b`c`')).toBe("'a;b`c`'");
  });
});
