import type { JsonObject } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import { truthy } from '../values/shape.ts';
import { multiline } from './shell.ts';
import type { Step } from './step.ts';
import { INGRESS_NGINX_CHART_VERSION, INGRESS_NGINX_HELM_REPO, TRAEFIK_CHART_VERSION, TRAEFIK_HELM_REPO } from './versions.ts';

/**
 * The controller that serves the chart's Ingress, for its class: an Ingress does nothing until a
 * controller of its class runs in the cluster (managed clusters often have one: then skip it).
 */
export function ingressControllerStep(v: JsonObject): Step | null {
  if (!truthy(getIn(v, ['ingress', 'enabled']))) return null;
  const cls = getIn(v, ['ingress', 'ingressClassName']);
  const skip = 'Skip this if your cluster already runs an ingress controller of that class (`kubectl get ingressclass` lists them).';
  if (cls === 'nginx') {
    return {
      id: 'install-ingress-controller',
      title: 'Install the ingress controller (ingress-nginx)',
      explanation:
        `The Ingress asks for the class nginx, which ingress-nginx serves. ${skip} ` +
        'Mind that ingress-nginx reached its end of life in March 2026 and gets no more security fixes: for a new cluster, prefer a maintained controller such as Traefik (class traefik) or the Gateway API (the HTTPRoute section).',
      command: [
        `helm repo add ingress-nginx ${INGRESS_NGINX_HELM_REPO}`,
        'helm repo update',
        multiline('helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx', '--namespace ingress-nginx', '--create-namespace', `--version ${INGRESS_NGINX_CHART_VERSION}`),
      ].join('\n'),
    };
  }
  if (cls === 'traefik' || cls === null || cls === undefined || cls === '') {
    const unset = cls !== 'traefik';
    return {
      id: 'install-ingress-controller',
      title: 'Install the ingress controller (Traefik)',
      explanation: unset
        ? `The Ingress names no class (ingress.ingressClassName), so the cluster's default IngressClass serves it. ${skip.replace('of that class ', 'marked as the default ')} Traefik's chart installs one and makes it the default.`
        : `The Ingress asks for the class traefik, which Traefik serves. ${skip}`,
      command: [
        `helm repo add traefik ${TRAEFIK_HELM_REPO}`,
        'helm repo update',
        multiline('helm upgrade --install traefik traefik/traefik', '--namespace traefik', '--create-namespace', `--version ${TRAEFIK_CHART_VERSION}`),
      ].join('\n'),
    };
  }
  return {
    id: 'install-ingress-controller',
    title: `Make sure the ingress controller for the class ${String(cls)} runs`,
    explanation: `The Ingress asks for the class ${String(cls)}: the controller that serves it must run in the cluster (\`kubectl get ingressclass\` lists the classes there).`,
  };
}
