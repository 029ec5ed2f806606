export { CLUSTER_ISSUER_FILE, clusterIssuer, clusterIssuerYaml, issuerRef, issuerToYaml } from './cluster-issuer.ts';
export { JETSTACK_HELM_REPO, JUPYTERHUB_HELM_REPO, nextSteps, type Step } from './next-steps.ts';
export { multiline, shellQuote } from './shell.ts';
