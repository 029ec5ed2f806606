import { setHttpsMode } from '../features/https.ts';
import { setIngressEnabled, setIngressHosts } from '../features/ingress.ts';
import { HTTPROUTE_PATHS } from '../features/httproute.ts';
import { HTTPS_PATHS } from '../features/https.ts';
import { PREPULLER_PATHS } from '../features/prepuller.ts';
import { SCHEDULING_PATHS, setSchedulingStrategy } from '../features/scheduling.ts';
import { initialState, type Update, type WizardState } from '../model/state.ts';
import { setCertManager, setValue } from '../model/updates.ts';

/** A starting point that fills the forms in one click. */
export interface Preset {
  id: string;
  title: string;
  description: string;
  /** the setup it makes, from a clean start with the current release and namespace */
  build(release: string, namespace: string): WizardState;
}

const HOST = 'hub.example.org';

function from(release: string, namespace: string, ...updates: Update[]): WizardState {
  return updates.reduce((s, u) => u(s), { ...initialState(), release, namespace });
}

export const presets: readonly Preset[] = [
  {
    id: 'ingress-cert-manager',
    title: "Ingress + cert-manager (Let's Encrypt)",
    description: 'An nginx Ingress for one host, a certificate from cert-manager, proxy-public as a ClusterIP service.',
    build: (r, n) =>
      from(
        r,
        n,
        setIngressEnabled(true),
        setValue(['ingress', 'ingressClassName'], 'nginx'),
        setIngressHosts([HOST]),
        setCertManager({ issuerName: 'letsencrypt-prod', email: '', solverIngressClass: 'nginx', acmeServer: 'production' }),
        setHttpsMode('cert-manager'),
        setValue(HTTPS_PATHS.serviceType, 'ClusterIP'),
      ),
  },
  {
    id: 'gateway-api',
    title: 'Gateway API (HTTPRoute)',
    description: 'An HTTPRoute attached to a shared Gateway, which holds the TLS certificate; proxy-public as a ClusterIP service.',
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
    id: 'auto-https',
    title: "The chart's automatic HTTPS, no ingress",
    description: "The chart's own Traefik gets a Let's Encrypt certificate for one host; proxy-public stays a LoadBalancer.",
    build: (r, n) =>
      from(
        r,
        n,
        setHttpsMode('auto'),
        setValue(HTTPS_PATHS.autoHosts, [HOST]),
      ),
  },
  {
    id: 'autoscaling',
    title: 'Autoscaling cluster (pack, placeholders, continuous pre-puller)',
    description: 'Pack users with the user-scheduler, keep room with placeholders and pod priority, pre-pull on new nodes.',
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
    id: 'minimal',
    title: 'Minimal',
    description: "The chart's defaults: nothing in config.yaml but what you add.",
    build: (r, n) => from(r, n),
  },
];

export function presetById(id: string): Preset | undefined {
  return presets.find((p) => p.id === id);
}
