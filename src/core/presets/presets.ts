import { setHttpsMode } from '../features/https.ts';
import { setIngressEnabled, setIngressHosts } from '../features/ingress.ts';
import { HTTPROUTE_PATHS } from '../features/httproute.ts';
import { HTTPS_PATHS } from '../features/https.ts';
import { PREPULLER_PATHS } from '../features/prepuller.ts';
import { SCHEDULING_PATHS, setSchedulingStrategy } from '../features/scheduling.ts';
import { BASE_SECTION, setProvider, setSetting, suggestedCallbackUrl } from '../features/sign-in.ts';
import { CULL_PATHS } from '../features/culling.ts';
import { USER_ENV_PATHS } from '../features/user-environment.ts';
import { PRESET_TITLES, type PresetTitle } from './preset-titles.ts';
import { initialState, type Update, type WizardState } from '../model/state.ts';
import { setCertManager, setValue } from '../model/updates.ts';

/** A starting point that fills the forms in one click (its title in preset-titles.ts). */
export interface Preset extends PresetTitle {
  /** the setup it makes, from a clean start with the current release and namespace */
  build(release: string, namespace: string): WizardState;
}

function titled(id: string): PresetTitle {
  return PRESET_TITLES.find((t) => t.id === id)!;
}

const HOST = 'hub.example.org';

function from(release: string, namespace: string, ...updates: Update[]): WizardState {
  return updates.reduce((s, u) => u(s), { ...initialState(), release, namespace });
}

/** An nginx Ingress for HOST with a Let's Encrypt certificate from cert-manager (two presets start so). */
const ingressWithCertManager: readonly Update[] = [
  setIngressEnabled(true),
  setValue(['ingress', 'ingressClassName'], 'nginx'),
  setIngressHosts([HOST]),
  setCertManager({ issuerName: 'letsencrypt-prod', email: '', solverIngressClass: 'nginx', acmeServer: 'production' }),
  setHttpsMode('cert-manager'),
  setValue(HTTPS_PATHS.serviceType, 'ClusterIP'),
];

export const presets: readonly Preset[] = [
  {
    ...titled('ingress-cert-manager'),
    build: (r, n) =>
      from(
        r,
        n,
        ...ingressWithCertManager,
      ),
  },
  {
    ...titled('gateway-api'),
    build: (r, n) =>
      from(
        r,
        n,
        setValue(HTTPROUTE_PATHS.enabled, true),
        setValue(HTTPROUTE_PATHS.hostnames, [HOST]),
        setValue(HTTPROUTE_PATHS.gatewayName, 'shared-gateway'),
        setValue(HTTPROUTE_PATHS.gatewayNamespace, 'gateway-system'),
        setValue(HTTPROUTE_PATHS.sectionName, 'https'),
        setValue(HTTPS_PATHS.serviceType, 'ClusterIP'),
      ),
  },
  {
    ...titled('auto-https'),
    build: (r, n) =>
      from(
        r,
        n,
        setHttpsMode('auto'),
        setValue(HTTPS_PATHS.autoHosts, [HOST]),
      ),
  },
  {
    ...titled('autoscaling'),
    build: (r, n) =>
      from(
        r,
        n,
        setSchedulingStrategy('pack'),
        setValue(SCHEDULING_PATHS.memoryGuarantee, '1G'),
        setValue(SCHEDULING_PATHS.memoryLimit, '2G'),
        setValue(SCHEDULING_PATHS.cpuGuarantee, 0.5),
        setValue(SCHEDULING_PATHS.cpuLimit, 2),
        setValue(SCHEDULING_PATHS.podPriority, true),
        setValue(SCHEDULING_PATHS.placeholders, true),
        setValue(SCHEDULING_PATHS.placeholderReplicas, 2),
        setValue(SCHEDULING_PATHS.userPurpose, 'require'),
        setValue(PREPULLER_PATHS.continuous, true),
        setValue(PREPULLER_PATHS.hook, false),
      ),
  },
  {
    ...titled('github-team'),
    build: (r, n) =>
      from(
        r,
        n,
        ...ingressWithCertManager,
        (s) => setProvider('github', suggestedCallbackUrl(s))(s),
        setSetting('GitHubOAuthenticator', 'allowed_organizations', ['your-org']),
        setSetting(BASE_SECTION, 'admin_users', ['your-github-name']),
        setValue(USER_ENV_PATHS.defaultUrl, '/lab'),
        setValue(CULL_PATHS.every, 300),
      ),
  },
  {
    ...titled('minimal'),
    build: (r, n) => from(r, n),
  },
];

export function presetById(id: string): Preset | undefined {
  return presets.find((p) => p.id === id);
}
