import { httpsMode } from '../features/https.ts';
import { helmTimeout } from '../features/prepuller.ts';
import { CHART_VERSION } from '../model/chart-defaults.ts';
import { getIn } from '../model/paths.ts';
import type { WizardState } from '../model/state.ts';
import { CLUSTER_ISSUER_FILE, clusterIssuerYaml, issuerRef } from './cluster-issuer.ts';
import { multiline, shellQuote } from './shell.ts';

/** One thing the admin does after downloading config.yaml, in the order to do them. */
export interface Step {
  id: string;
  title: string;
  explanation: string;
  /** what to run in a shell (lines ending in ` \` continue the command) */
  command?: string;
  /** a file the command needs, to download next to config.yaml */
  file?: { name: string; text: string };
}

export const JUPYTERHUB_HELM_REPO = 'https://hub.jupyter.org/helm-chart/';
export const JETSTACK_HELM_REPO = 'https://charts.jetstack.io';

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string' && h.trim() !== '') : [];
}

function hostList(hosts: string[]): string {
  return hosts.length === 0 ? '' : ` (${hosts.join(', ')})`;
}

/** The steps from an empty cluster to a running JupyterHub with this configuration. */
export function nextSteps(state: WizardState): Step[] {
  const ns = shellQuote(state.namespace);
  const release = shellQuote(state.release);
  const mode = httpsMode(state);
  const steps: Step[] = [
    {
      id: 'helm-repo',
      title: 'Add the JupyterHub Helm chart repository',
      explanation: 'Lets helm find the jupyterhub/jupyterhub chart, and fetches its current index.',
      command: `helm repo add jupyterhub ${JUPYTERHUB_HELM_REPO}\nhelm repo update`,
    },
  ];

  const issuer = issuerRef(state);
  const issuerText = clusterIssuerYaml(state);
  if (issuer && issuerText) {
    steps.push(
      {
        id: 'install-cert-manager',
        title: 'Install cert-manager',
        explanation:
          "cert-manager watches the Ingress's cert-manager.io annotation and obtains its certificate from Let's Encrypt. " +
          'Skip this if your cluster already runs cert-manager 1.12 or newer.',
        command: [
          `helm repo add jetstack ${JETSTACK_HELM_REPO}`,
          'helm repo update',
          multiline('helm install cert-manager jetstack/cert-manager', '--namespace cert-manager', '--create-namespace', '--set crds.enabled=true'),
        ].join('\n'),
      },
      {
        id: 'cluster-issuer',
        title: `Create the ${issuer.kind} ${issuer.name}`,
        explanation:
          `The Ingress asks cert-manager for a certificate from the ${issuer.kind} "${issuer.name}"; the chart does not create it. ` +
          `Save ${CLUSTER_ISSUER_FILE} and apply it once cert-manager's webhook is up.`,
        command: `kubectl apply -f ${CLUSTER_ISSUER_FILE}`,
        file: { name: CLUSTER_ISSUER_FILE, text: issuerText },
      },
    );
  }

  const timeout = helmTimeout(state);
  const upgradeFlags = [`--install ${release} jupyterhub/jupyterhub`, `--namespace ${ns}`, '--create-namespace', `--version ${CHART_VERSION}`, '--values config.yaml'];
  if (timeout) upgradeFlags.push(`--timeout ${timeout}`);
  steps.push({
    id: 'install-jupyterhub',
    title: 'Install or upgrade JupyterHub',
    explanation:
      'Run it next to the config.yaml you downloaded; run it again after every change to config.yaml.' +
      (timeout ? ' The image pre-puller hook makes helm wait until every node has pulled the images, so it gets more time than the default 5 minutes.' : ''),
    command: multiline('helm upgrade --cleanup-on-fail', ...upgradeFlags),
  });

  if (issuer) {
    const hosts = strings(getIn(state.values, ['ingress', 'hosts']));
    steps.push(
      {
        id: 'dns',
        title: 'Point your DNS names at the ingress controller',
        explanation:
          `Create DNS records for the Ingress's hosts${hostList(hosts)} pointing at the address of your ingress controller, which the ADDRESS column shows. ` +
          "Let's Encrypt can only issue the certificate once these names resolve to it.",
        command: `kubectl --namespace ${ns} get ingress`,
      },
      {
        id: 'certificate',
        title: 'Check the certificate',
        explanation: 'READY turns True once cert-manager has the certificate, usually within a few minutes of DNS resolving.',
        command: `kubectl --namespace ${ns} get certificate`,
      },
    );
  } else if (mode === 'auto') {
    const hosts = strings(getIn(state.values, ['proxy', 'https', 'hosts']));
    steps.push({
      id: 'dns',
      title: "Point your DNS names at proxy-public's external IP",
      explanation:
        `Create DNS records for the HTTPS hosts${hostList(hosts)} pointing at the EXTERNAL-IP of the proxy-public service. ` +
        "The chart's Traefik can only get a certificate from Let's Encrypt once these names resolve to it.",
      command: `kubectl --namespace ${ns} get service proxy-public`,
    });
  }
  return steps;
}
