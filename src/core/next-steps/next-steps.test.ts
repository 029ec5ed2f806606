import { describe, expect, it } from 'vitest';
import { setHttpsMode } from '../features/https.ts';
import { setIngressEnabled, setIngressHosts } from '../features/ingress.ts';
import { PREPULLER_PATHS } from '../features/prepuller.ts';
import { initialState, type Update, type WizardState } from '../model/state.ts';
import { setNamespace, setRelease, setValue } from '../model/updates.ts';
import { clusterIssuerYaml } from './cluster-issuer.ts';
import { nextSteps } from './next-steps.ts';
import { shellQuote } from './shell.ts';
import { CERT_MANAGER_VERSION, INGRESS_NGINX_CHART_VERSION, TRAEFIK_CHART_VERSION } from './versions.ts';

const run = (...updates: Update[]): WizardState => updates.reduce((s, u) => u(s), initialState());
const ids = (s: WizardState) => nextSteps(s).map((step) => step.id);
const step = (s: WizardState, id: string) => nextSteps(s).find((x) => x.id === id)!;
const certManager = (...more: Update[]) =>
  run(setIngressEnabled(true), setIngressHosts(['a.example.org', 'b.example.org']), setHttpsMode('cert-manager'), ...more);

describe('nextSteps', () => {
  it('without HTTPS: add the repo, then install with the pre-puller timeout', () => {
    const s = run();
    expect(ids(s)).toEqual(['helm-repo', 'preview-changes', 'install-jupyterhub']);
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
    expect(ids(s)).toEqual(['helm-repo', 'install-ingress-controller', 'install-cert-manager', 'cluster-issuer', 'preview-changes', 'install-jupyterhub', 'dns', 'certificate']);
    expect(step(s, 'install-cert-manager').command).toBe(
      [
        'helm repo add jetstack https://charts.jetstack.io',
        'helm repo update',
        'helm upgrade --install cert-manager jetstack/cert-manager \\',
        '  --namespace cert-manager \\',
        '  --create-namespace \\',
        `  --version ${CERT_MANAGER_VERSION} \\`,
        '  --set crds.enabled=true',
        // the ClusterIssuer can only be applied once the webhook answers
        'kubectl --namespace cert-manager wait deployment --all \\',
        '  --for=condition=Available \\',
        '  --timeout=5m',
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
    expect(ids(s)).toEqual(['helm-repo', 'preview-changes', 'install-jupyterhub', 'dns']);
    expect(step(s, 'dns').title).toContain('proxy-public');
    expect(step(s, 'dns').explanation).toContain('hub.example.org');
    expect(step(s, 'dns').command).toBe('kubectl --namespace jupyterhub get service proxy-public');
  });

  it('an existing TLS secret needs no cert-manager and no DNS step of its own', () => {
    expect(ids(run(setIngressEnabled(true), setHttpsMode('ingress-secret')))).toEqual(['helm-repo', 'install-ingress-controller', 'preview-changes', 'install-jupyterhub']);
  });

  it('the ingress controller the Ingress class needs, pinned; none without an Ingress', () => {
    const controller = (cls?: string) => step(run(setIngressEnabled(true), ...(cls ? [setValue(['ingress', 'ingressClassName'], cls)] : [])), 'install-ingress-controller');
    expect(controller('nginx').command).toContain(`ingress-nginx/ingress-nginx \\\n  --namespace ingress-nginx \\\n  --create-namespace \\\n  --version ${INGRESS_NGINX_CHART_VERSION}`);
    expect(controller('nginx').explanation).toMatch(/end of life in March 2026/);
    expect(controller('traefik').command).toContain(`--version ${TRAEFIK_CHART_VERSION}`);
    expect(controller().explanation).toMatch(/default IngressClass/);
    expect(controller('haproxy').command).toBeUndefined();
    expect(ids(run())).not.toContain('install-ingress-controller');
  });

  it('no DNS step for an Ingress without hosts (it answers any name)', () => {
    const s = run(setIngressEnabled(true), setHttpsMode('cert-manager'));
    expect(ids(s)).not.toContain('dns');
    expect(ids(s)).toContain('certificate');
  });

  it('creates the Secrets extraEnv takes values from, with each key they need', () => {
    const s = run(
      setValue(['hub', 'extraEnv'], { DB_PASSWORD: { valueFrom: { secretKeyRef: { name: 'hub-db', key: 'password' } } }, PLAIN: 'x' }),
      setValue(['singleuser', 'extraEnv'], { TOKEN: { valueFrom: { secretKeyRef: { name: 'hub-db', key: 'token' } } }, OPT: { valueFrom: { secretKeyRef: { name: 'maybe', key: 'k', optional: true } } } }),
    );
    expect(step(s, 'create-secrets').command).toBe(
      "kubectl --namespace jupyterhub create secret generic hub-db \\\n  --from-literal=password=REPLACE-ME \\\n  --from-literal=token=REPLACE-ME",
    );
    expect(ids(run())).not.toContain('create-secrets');
  });

  it('a wrapped import: says which chart takes the file, and gives the values block for jupyterhub/jupyterhub', () => {
    const s: WizardState = { ...run(), values: { debug: { enabled: true } }, imported: { text: 'binderhub:\n  jupyterhub:\n    debug:\n      enabled: true\n', wrapperPath: ['binderhub', 'jupyterhub'] } };
    const install = step(s, 'install-jupyterhub');
    expect(install.explanation).toMatch(/nests the chart's values under binderhub\.jupyterhub/);
    expect(install.command).toContain('--values jupyterhub-values.yaml');
    expect(install.file).toEqual({ name: 'jupyterhub-values.yaml', text: 'debug:\n  enabled: true\n' });
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
