import { stringify } from 'yaml';
import { LETSENCRYPT_SERVERS, requestedIssuer } from '../features/https.ts';
import type { JsonObject } from '../model/json.ts';
import type { WizardState } from '../model/state.ts';
import { withDefaults } from '../values/coalesce.ts';

export const CLUSTER_ISSUER_FILE = 'cluster-issuer.yaml';

/**
 * Which cert-manager issuer the rendered Ingress asks for (features/https.ts `requestedIssuer`, the
 * rule validation uses too). The wizard writes `cert-manager.io/cluster-issuer` with the issuer
 * name; an imported config may name a namespaced Issuer instead. The annotation is what
 * cert-manager reads, so it wins over the setting when the two differ.
 */
export function issuerRef(state: WizardState): { kind: 'ClusterIssuer' | 'Issuer'; name: string } | null {
  const requested = requestedIssuer(withDefaults(state.values));
  return requested && { kind: requested.kind, name: nameOr(requested.name, state.certManager.issuerName) };
}

function nameOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}

/**
 * The cert-manager issuer the admin applies next to the chart when the HTTPS mode is cert-manager
 * (REFERENCE §2a): ACME with Let's Encrypt, HTTP-01 answered through an Ingress of the solver's
 * class. `null` in every other mode. Usually a cert-manager.io/v1 ClusterIssuer; a namespaced
 * Issuer (in the release's namespace) when the Ingress asks for `cert-manager.io/issuer`.
 */
export function clusterIssuer(state: WizardState): JsonObject | null {
  const ref = issuerRef(state);
  if (!ref) return null;
  const { email, acmeServer, solverIngressClass } = state.certManager;
  const ingress: JsonObject = {};
  if (solverIngressClass.trim() !== '') ingress.ingressClassName = solverIngressClass.trim();
  const acme: JsonObject = { server: LETSENCRYPT_SERVERS[acmeServer] };
  // without an e-mail Let's Encrypt still issues; it just cannot warn about expiring certificates
  if (email.trim() !== '') acme.email = email.trim();
  acme.privateKeySecretRef = { name: `${ref.name}-account-key` };
  acme.solvers = [{ http01: { ingress } }];
  const metadata: JsonObject = { name: ref.name };
  if (ref.kind === 'Issuer') metadata.namespace = state.namespace;
  return { apiVersion: 'cert-manager.io/v1', kind: ref.kind, metadata, spec: { acme } };
}

/** The issuer as a YAML document (for `kubectl apply -f`), or `null` when there is none. */
export function clusterIssuerYaml(state: WizardState): string | null {
  const issuer = clusterIssuer(state);
  return issuer && issuerToYaml(issuer);
}

export function issuerToYaml(issuer: JsonObject): string {
  return stringify(issuer, { indent: 2, lineWidth: 0 });
}
