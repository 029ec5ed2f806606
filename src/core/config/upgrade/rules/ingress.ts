import { CHART_VERSION } from '../../../model/chart-release.ts';
import { formatPath, isObject } from '../../../model/json.ts';
import type { UpgradeEditor } from '../editor.ts';

/** The ClusterIssuer name used when an old config asked for certificates without naming one. */
export const DEFAULT_CLUSTER_ISSUER = 'letsencrypt-prod';

/** 0.x `ingress.https` (kube-lego): certificates now come from cert-manager through an annotation. */
export function ingressHttps(u: UpgradeEditor): void {
  const https = u.get(['ingress', 'https']);
  if (https === undefined) return;
  u.pre010 = true;
  u.del(['ingress', 'https']);
  const wanted = isObject(https) && https['enabled'] === true;
  u.note({
    path: 'ingress.https',
    before: https,
    why:
      'ingress.https (kube-lego) was removed in chart 0.9. ' +
      (wanted
        ? 'Certificates for the Ingress now come from cert-manager: the cert-manager.io/cluster-issuer annotation is set below, and ingress.tls must list the hosts and a secretName.'
        : 'It was not enabled, so nothing replaces it.'),
  });
  if (wanted) {
    ensureIssuer(u, DEFAULT_CLUSTER_ISSUER, 'ingress.https');
    const hosts = u.get(['ingress', 'hosts']);
    if (Array.isArray(hosts) && hosts.length > 0 && !u.has(['ingress', 'tls'])) {
      const tls = [{ hosts, secretName: 'jupyterhub-tls' }];
      u.set(['ingress', 'tls'], tls);
      u.note({
        path: 'ingress.tls',
        after: tls,
        why: `The old chart derived the TLS section from ingress.hosts; ${CHART_VERSION} does not, so it is written out. cert-manager stores the certificate in Secret jupyterhub-tls.`,
      });
    }
  }
}

/**
 * `kubernetes.io/tls-acme: "true"` still works with cert-manager when its ingress-shim has a
 * default issuer, so a config that is otherwise current keeps it (with a word of advice); in an
 * old config it meant kube-lego, and is replaced by a named ClusterIssuer.
 */
export function tlsAcme(u: UpgradeEditor): void {
  const annotations = u.get(['ingress', 'annotations']);
  if (!isObject(annotations)) return;
  const acme = annotations['kubernetes.io/tls-acme'];
  if (acme === undefined) return;
  const on = acme === true || String(acme).toLowerCase() === 'true';
  if (u.changes.length === 0) {
    if (on) {
      u.advice.push(
        'ingress.annotations has kubernetes.io/tls-acme: "true", which gets a certificate only if cert-manager was installed with a default issuer ' +
          '(ingress-shim.defaultIssuerName). Naming the issuer with cert-manager.io/cluster-issuer is clearer; the file was left as it is.',
      );
    }
    return;
  }
  const issuer = u.pendingIssuer;
  {
    const on = acme === true || String(acme).toLowerCase() === 'true';
    u.del(['ingress', 'annotations', 'kubernetes.io/tls-acme']);
    u.note({
      path: 'ingress.annotations["kubernetes.io/tls-acme"]',
      before: acme,
      why: on
        ? 'kubernetes.io/tls-acme asked kube-lego (or cert-manager\'s default issuer) for a certificate; kube-lego is long gone, so cert-manager is asked explicitly through a named ClusterIssuer.'
        : 'kubernetes.io/tls-acme was off; the annotation is dropped.',
    });
    if (on) ensureIssuer(u, issuer ?? DEFAULT_CLUSTER_ISSUER, 'kubernetes.io/tls-acme');
  }
}

function ensureIssuer(u: UpgradeEditor, name: string, source: string): void {
  const annotations = u.get(['ingress', 'annotations']);
  const current = isObject(annotations)
    ? (annotations['cert-manager.io/cluster-issuer'] ?? annotations['cert-manager.io/issuer'])
    : undefined;
  if (current !== undefined) return;
  u.set(['ingress', 'annotations', 'cert-manager.io/cluster-issuer'], name);
  u.issuerName = name;
  u.note({
    path: 'ingress.annotations["cert-manager.io/cluster-issuer"]',
    after: name,
    why:
      `Replaces ${source}: cert-manager issues the Ingress certificate through ClusterIssuer "${name}", which must exist in the cluster ` +
      '(the wizard shows a matching ClusterIssuer to apply, and cert-manager must be installed).',
  });
}

export function ingressAnnotations(u: UpgradeEditor): void {
  const annotations = u.get(['ingress', 'annotations']);
  if (!isObject(annotations)) return;
  let issuer: string | undefined;
  let issuerKind: 'cluster-issuer' | 'issuer' = 'cluster-issuer';
  for (const [key, value] of Object.entries(annotations)) {
    if (!key.startsWith('certmanager.k8s.io/')) continue;
    const name = key.slice('certmanager.k8s.io/'.length);
    const path = ['ingress', 'annotations', key];
    if (name === 'cluster-issuer' || name === 'issuer') {
      issuer = String(value);
      issuerKind = name;
      u.del(path);
      const to = ['ingress', 'annotations', `cert-manager.io/${name}`];
      if (u.has(to)) {
        u.note({ path: formatPath(path), before: value, why: `The certmanager.k8s.io API group was renamed cert-manager.io in cert-manager 0.11; ${formatPath(to)} is already set.` });
      } else {
        u.set(to, issuer);
        u.note({
          path: formatPath(path),
          to: formatPath(to),
          before: value,
          after: issuer,
          why:
            `cert-manager renamed its annotations in 0.11 (certmanager.k8s.io → cert-manager.io); current cert-manager ignores the old one. ` +
            `${name === 'issuer' ? 'Issuer' : 'ClusterIssuer'} "${issuer}" must exist (the wizard shows a matching one).`,
        });
        if (name === 'cluster-issuer') u.issuerName = issuer;
      }
    } else if (name === 'acme-http01-edit-in-place') {
      u.del(path);
      u.set(['ingress', 'annotations', 'acme.cert-manager.io/http01-edit-in-place'], String(value));
      u.note({
        path: formatPath(path),
        to: 'ingress.annotations["acme.cert-manager.io/http01-edit-in-place"]',
        before: value,
        after: String(value),
        why: 'cert-manager renamed this annotation in 0.11.',
      });
    } else {
      u.remove(path, 'An old cert-manager (certmanager.k8s.io) annotation that current cert-manager ignores; solver settings now live in the ClusterIssuer.');
    }
  }
  if (issuer) u.pendingIssuer = issuer;
  void issuerKind;
}
