import type { Json, JsonObject } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import type { Update, WizardState } from '../model/state.ts';
import { setValue, withValue } from '../model/updates.ts';
import { withDefaults } from '../values/coalesce.ts';
import { asList, asMap, truthy } from '../values/shape.ts';

/**
 * The ways to serve JupyterHub over HTTPS with chart 4.4.0.
 * - cert-manager: the Ingress gets a `cert-manager.io/cluster-issuer` annotation and a TLS entry;
 *   cert-manager obtains the certificate from Let's Encrypt.
 * - ingress-secret: the Ingress serves a certificate the admin already has in a Secret.
 * - auto: the chart's own Traefik (autohttps) gets a certificate from Let's Encrypt; no Ingress.
 * - manual / proxy-secret / offload: the other `proxy.https.type`s.
 */
export type HttpsMode = 'none' | 'cert-manager' | 'ingress-secret' | 'auto' | 'manual' | 'proxy-secret' | 'offload';

export const CLUSTER_ISSUER_ANNOTATION = 'cert-manager.io/cluster-issuer';
export const ISSUER_ANNOTATION = 'cert-manager.io/issuer';
export const DEFAULT_TLS_SECRET = 'jupyterhub-tls';

export const LETSENCRYPT_SERVERS = {
  production: 'https://acme-v02.api.letsencrypt.org/directory',
  staging: 'https://acme-staging-v02.api.letsencrypt.org/directory',
} as const;

/**
 * The HTTPS mode of values coalesced with the chart's defaults (`withDefaults`): the one answer the
 * forms, validation and the next steps share. Truthiness is the chart's (`if .Values.proxy.https.enabled`).
 */
export function httpsModeOf(v: JsonObject): HttpsMode {
  const https = asMap(getIn(v, ['proxy', 'https']));
  if (truthy(https.enabled)) {
    if (https.type === 'manual') return 'manual';
    if (https.type === 'secret') return 'proxy-secret';
    if (https.type === 'offload') return 'offload';
    return 'auto';
  }
  const a = asMap(getIn(v, ['ingress', 'annotations']));
  if (Object.hasOwn(a, CLUSTER_ISSUER_ANNOTATION) || Object.hasOwn(a, ISSUER_ANNOTATION)) return 'cert-manager';
  if (asList(getIn(v, ['ingress', 'tls'])).length > 0) return 'ingress-secret';
  return 'none';
}

export function httpsMode(state: WizardState): HttpsMode {
  return httpsModeOf(withDefaults(state.values));
}

/**
 * The cert-manager issuer the rendered Ingress asks for (its annotation), or null when the chart
 * renders no Ingress or the Ingress asks for none. The name is the annotation's, as written.
 */
export function requestedIssuer(v: JsonObject): { kind: 'ClusterIssuer' | 'Issuer'; annotation: string; name: Json | undefined } | null {
  if (!truthy(getIn(v, ['ingress', 'enabled']))) return null;
  const a = asMap(getIn(v, ['ingress', 'annotations']));
  if (Object.hasOwn(a, CLUSTER_ISSUER_ANNOTATION)) return { kind: 'ClusterIssuer', annotation: CLUSTER_ISSUER_ANNOTATION, name: a[CLUSTER_ISSUER_ANNOTATION] };
  if (Object.hasOwn(a, ISSUER_ANNOTATION)) return { kind: 'Issuer', annotation: ISSUER_ANNOTATION, name: a[ISSUER_ANNOTATION] };
  return null;
}

/** The chart renders its own Let's Encrypt HTTPS (the autohttps pod): its condition, not a guess. */
export function autoHttpsRendered(v: JsonObject): boolean {
  const https = asMap(getIn(v, ['proxy', 'https']));
  return truthy(https.enabled) && https.type === 'letsencrypt' && truthy(https.hosts);
}

/** What routes traffic to the proxy from inside the cluster: the Ingress, the Gateway API route. */
export function clusterRoutes(v: JsonObject): ('ingress' | 'httpRoute')[] {
  const out: ('ingress' | 'httpRoute')[] = [];
  if (truthy(getIn(v, ['ingress', 'enabled']))) out.push('ingress');
  if (truthy(getIn(v, ['httpRoute', 'enabled']))) out.push('httpRoute');
  return out;
}

/** The first TLS entry's secret name, the one the wizard edits. */
export function tlsSecretName(state: WizardState): string {
  const name = getIn(state.values, ['ingress', 'tls', 0, 'secretName']);
  return typeof name === 'string' ? name : '';
}

function hostsOf(state: WizardState): string[] {
  const hosts = getIn(state.values, ['ingress', 'hosts']);
  return Array.isArray(hosts) ? hosts.filter((h): h is string => typeof h === 'string' && h !== '') : [];
}

/** Removes what every HTTPS mode writes, so switching modes leaves nothing stale behind. */
function clearHttps(state: WizardState): WizardState {
  let s = withValue(state, ['proxy', 'https'], undefined);
  s = withValue(s, ['ingress', 'annotations', CLUSTER_ISSUER_ANNOTATION], undefined);
  s = withValue(s, ['ingress', 'annotations', ISSUER_ANNOTATION], undefined);
  return withValue(s, ['ingress', 'tls'], undefined);
}

/** One TLS entry covering every ingress host. */
function tlsFor(state: WizardState, secretName: string): Json {
  return [{ hosts: hostsOf(state), secretName }];
}

export function setHttpsMode(mode: HttpsMode): Update {
  return (state) => {
    if (mode === httpsMode(state)) return state;
    const secretName = tlsSecretName(state) || DEFAULT_TLS_SECRET;
    let s = clearHttps(state);
    switch (mode) {
      case 'none':
        return s;
      case 'cert-manager':
        s = withValue(s, ['ingress', 'enabled'], true);
        s = withValue(s, ['ingress', 'annotations', CLUSTER_ISSUER_ANNOTATION], s.certManager.issuerName);
        return withValue(s, ['ingress', 'tls'], tlsFor(s, secretName));
      case 'ingress-secret':
        s = withValue(s, ['ingress', 'enabled'], true);
        return withValue(s, ['ingress', 'tls'], tlsFor(s, secretName));
      case 'auto':
        s = withValue(s, ['proxy', 'https', 'enabled'], true);
        return withValue(s, ['proxy', 'https', 'hosts'], hostsOf(state));
      case 'manual':
        s = withValue(s, ['proxy', 'https', 'enabled'], true);
        return withValue(s, ['proxy', 'https', 'type'], 'manual');
      case 'proxy-secret':
        s = withValue(s, ['proxy', 'https', 'enabled'], true);
        return withValue(s, ['proxy', 'https', 'type'], 'secret');
      case 'offload':
        s = withValue(s, ['proxy', 'https', 'enabled'], true);
        return withValue(s, ['proxy', 'https', 'type'], 'offload');
    }
  };
}

/**
 * Keeps the TLS entry's hosts equal to the ingress hosts in the modes where the wizard owns it
 * (cert-manager and an existing secret with one entry).
 */
export function syncTlsHosts(state: WizardState): WizardState {
  const mode = httpsMode(state);
  const tls = getIn(state.values, ['ingress', 'tls']);
  if ((mode !== 'cert-manager' && mode !== 'ingress-secret') || !Array.isArray(tls) || tls.length !== 1) return state;
  return withValue(state, ['ingress', 'tls', 0, 'hosts'], hostsOf(state));
}

export function setTlsSecretName(name: string): Update {
  return setValue(['ingress', 'tls', 0, 'secretName'], name);
}

/** Renames the ClusterIssuer in the setting and in the annotation together. */
export function setIssuerName(name: string): Update {
  return (state) => {
    const s = { ...state, certManager: { ...state.certManager, issuerName: name } };
    return httpsMode(s) === 'cert-manager' ? withValue(s, ['ingress', 'annotations', CLUSTER_ISSUER_ANNOTATION], name) : s;
  };
}

export const HTTPS_PATHS = {
  autoHosts: ['proxy', 'https', 'hosts'],
  contactEmail: ['proxy', 'https', 'letsencrypt', 'contactEmail'],
  acmeServer: ['proxy', 'https', 'letsencrypt', 'acmeServer'],
  manualKey: ['proxy', 'https', 'manual', 'key'],
  manualCert: ['proxy', 'https', 'manual', 'cert'],
  secretName: ['proxy', 'https', 'secret', 'name'],
  secretKey: ['proxy', 'https', 'secret', 'key'],
  secretCrt: ['proxy', 'https', 'secret', 'crt'],
  serviceType: ['proxy', 'service', 'type'],
} as const;

/** Whether traffic reaches the proxy through an Ingress or a Gateway API route. */
export function routedThroughCluster(state: WizardState): boolean {
  return clusterRoutes(withDefaults(state.values)).length > 0;
}
