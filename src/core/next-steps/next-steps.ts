import { writeConfigYaml } from '../config/write-config.ts';
import { httpsMode } from '../features/https.ts';
import { helmTimeout } from '../features/prepuller.ts';
import { CHART_VERSION } from '../model/chart-defaults.ts';
import { getIn } from '../model/paths.ts';
import type { WizardState } from '../model/state.ts';
import { withDefaults } from '../values/coalesce.ts';
import { CLUSTER_ISSUER_FILE, clusterIssuerYaml, issuerRef } from './cluster-issuer.ts';
import { ingressControllerStep } from './ingress-controller.ts';
import { referencedSecretsStep } from './referenced-secrets.ts';
import { multiline, shellQuote } from './shell.ts';
import type { Step } from './step.ts';
import { CERT_MANAGER_VERSION, JETSTACK_HELM_REPO, JUPYTERHUB_HELM_REPO } from './versions.ts';

export type { Step } from './step.ts';
export { JETSTACK_HELM_REPO, JUPYTERHUB_HELM_REPO } from './versions.ts';

/** The values file of a wrapped import, for jupyterhub/jupyterhub itself. */
export const VALUES_BLOCK_FILE = 'jupyterhub-values.yaml';

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
  const v = withDefaults(state.values);
  const mode = httpsMode(state);
  const steps: Step[] = [
    {
      id: 'helm-repo',
      title: 'Add the JupyterHub Helm chart repository',
      explanation: 'Lets helm find the jupyterhub/jupyterhub chart, and fetches its current index.',
      command: `helm repo add jupyterhub ${JUPYTERHUB_HELM_REPO}\nhelm repo update`,
    },
  ];
  const controller = ingressControllerStep(v);
  if (controller) steps.push(controller);

  const issuer = issuerRef(state);
  const issuerText = clusterIssuerYaml(state);
  if (issuer && issuerText) {
    steps.push(
      {
        id: 'install-cert-manager',
        title: 'Install cert-manager',
        explanation:
          "cert-manager watches the Ingress's cert-manager.io annotation and obtains its certificate from Let's Encrypt. " +
          `The last command waits until its webhook answers, which the next step needs. Skip this if your cluster already runs cert-manager ${CERT_MANAGER_VERSION.replace(/\.\d+$/, '')} or newer.`,
        command: [
          `helm repo add jetstack ${JETSTACK_HELM_REPO}`,
          'helm repo update',
          multiline('helm upgrade --install cert-manager jetstack/cert-manager', '--namespace cert-manager', '--create-namespace', `--version ${CERT_MANAGER_VERSION}`, '--set crds.enabled=true'),
          multiline('kubectl --namespace cert-manager wait deployment --all', '--for=condition=Available', '--timeout=5m'),
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
  const secrets = referencedSecretsStep(v, state.namespace);
  if (secrets) steps.push(secrets);

  const wrapper = state.imported?.wrapperPath ?? [];
  const valuesFile = wrapper.length > 0 ? VALUES_BLOCK_FILE : 'config.yaml';
  const timeout = helmTimeout(state);
  const chartFlags = [`--namespace ${ns}`, `--version ${CHART_VERSION}`, `--values ${valuesFile}`];
  steps.push({
    id: 'preview-changes',
    title: 'See what the upgrade changes (optional)',
    explanation:
      "With the helm-diff plugin (helm plugin install https://github.com/databus23/helm-diff), this prints every change helm would make to a running release, without applying it and without printing the Secrets' contents.",
    command: multiline(`helm diff upgrade ${release} jupyterhub/jupyterhub`, ...chartFlags, '--suppress-secrets'),
  });
  const upgradeFlags = [`--install ${release} jupyterhub/jupyterhub`, `--namespace ${ns}`, '--create-namespace', `--version ${CHART_VERSION}`, `--values ${valuesFile}`];
  if (timeout) upgradeFlags.push(`--timeout ${timeout}`);
  steps.push({
    id: 'install-jupyterhub',
    title: 'Install or upgrade JupyterHub',
    explanation:
      (wrapper.length > 0
        ? `The imported file nests the chart's values under ${wrapper.join('.')}: it is the values of a chart that includes jupyterhub (use it with that chart, as before), not of jupyterhub/jupyterhub itself. ` +
          `To install jupyterhub/jupyterhub directly, use ${VALUES_BLOCK_FILE}: the ${wrapper.join('.')} block alone. `
        : 'Run it next to the config.yaml you downloaded; run it again after every change to config.yaml.') +
      (timeout ? ' The image pre-puller hook makes helm wait until every node has pulled the images, so it gets more time than the default 5 minutes.' : ''),
    command: multiline('helm upgrade --cleanup-on-fail', ...upgradeFlags),
    ...(wrapper.length > 0 ? { file: { name: VALUES_BLOCK_FILE, text: writeConfigYaml(state.values) } } : {}),
  });

  if (issuer) {
    const hosts = strings(getIn(state.values, ['ingress', 'hosts']));
    // without hosts the Ingress answers any name: there is no DNS name to point
    if (hosts.length > 0) {
      steps.push({
        id: 'dns',
        title: 'Point your DNS names at the ingress controller',
        explanation:
          `Create DNS records for the Ingress's hosts${hostList(hosts)} pointing at the address of your ingress controller, which the ADDRESS column shows. ` +
          "Let's Encrypt can only issue the certificate once these names resolve to it.",
        command: `kubectl --namespace ${ns} get ingress`,
      });
    }
    steps.push({
      id: 'certificate',
      title: 'Check the certificate',
      explanation: 'READY turns True once cert-manager has the certificate, usually within a few minutes of DNS resolving.',
      command: `kubectl --namespace ${ns} get certificate`,
    });
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
