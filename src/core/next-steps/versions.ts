/**
 * The versions of the charts the next steps install beside JupyterHub, pinned so that every admin
 * following them gets the same, tested thing. Checked on 2026-12-02 against the projects' release
 * notes; move them when a release of the wizard moves to newer ones.
 */
export const CERT_MANAGER_VERSION = 'v1.21.0';
/** Traefik's Helm chart (traefik/traefik), a maintained ingress controller */
export const TRAEFIK_CHART_VERSION = '41.6.0';
/** ingress-nginx's last chart line: the project reached its end of life in March 2026 */
export const INGRESS_NGINX_CHART_VERSION = '4.14.3';

export const JUPYTERHUB_HELM_REPO = 'https://hub.jupyter.org/helm-chart/';
export const JETSTACK_HELM_REPO = 'https://charts.jetstack.io';
export const TRAEFIK_HELM_REPO = 'https://traefik.github.io/charts';
export const INGRESS_NGINX_HELM_REPO = 'https://kubernetes.github.io/ingress-nginx';
