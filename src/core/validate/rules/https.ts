import { autoHttpsRendered, clusterRoutes, requestedIssuer } from '../../features/https.ts';
import type { Problem } from '../problem.ts';
import { error, kind, name, truthy, warning, type FieldRule } from './context.ts';
import { emailProblem } from './email.ts';
import { checkHostList } from './ingress.ts';

const ROUTE_NAMES = { ingress: 'the Ingress (ingress.enabled)', httpRoute: 'the HTTPRoute (httpRoute.enabled)' } as const;

export const httpsRules: FieldRule = (ctx) => {
  const out: Problem[] = [...checkHostList(ctx, ['proxy', 'https', 'hosts'])];
  const enabled = truthy(ctx.get(['proxy', 'https', 'enabled']));
  const letsencrypt = ctx.get(['proxy', 'https', 'type']) === 'letsencrypt';

  if (autoHttpsRendered(ctx.values)) {
    const fronts = clusterRoutes(ctx.values).map((r) => ROUTE_NAMES[r]);
    if (fronts.length > 0) {
      out.push(
        error(
          'autohttps-with-ingress',
          ['proxy', 'https', 'enabled'],
          `proxy.https (Let's Encrypt through the chart's autohttps pod) cannot be combined with ${fronts.join(' and ')}: ` +
            `they send plain HTTP to the proxy-public Service on port 80, which autohttps answers with a redirect to HTTPS, so browsers loop between the two. ` +
            `Turn proxy.https off and get the certificate for the Ingress from cert-manager (annotation \`cert-manager.io/cluster-issuer\` plus ingress.tls), or drop the Ingress/HTTPRoute.`,
        ),
      );
    }
    const emailPath = ['proxy', 'https', 'letsencrypt', 'contactEmail'];
    const email = ctx.get(emailPath);
    if (email === undefined || email === null || email === '') {
      out.push(
        error(
          'letsencrypt-email-missing',
          emailPath,
          `${name(emailPath)} is required when proxy.https uses Let's Encrypt with hosts (the chart refuses to render without it); Let's Encrypt writes to it about expiring certificates`,
        ),
      );
    } else if (typeof email !== 'string') {
      out.push(error('email-invalid', emailPath, `${name(emailPath)} is ${kind(email)}; write the e-mail address as a string`));
    } else {
      const problem = emailProblem(email);
      if (problem) out.push(error('email-invalid', emailPath, `the contact e-mail \`${email}\` ${problem}`));
    }
  } else if (enabled && letsencrypt) {
    out.push(
      warning(
        'letsencrypt-without-hosts',
        ['proxy', 'https', 'hosts'],
        `proxy.https is enabled with Let's Encrypt but proxy.https.hosts is empty, so the chart sets up no HTTPS at all; list the host name(s) of the hub, or turn proxy.https off`,
      ),
    );
  }
  return out;
};

/** The wizard's own cert-manager settings (the ClusterIssuer), outside the Helm values. */
export const certManagerSettingsRules: FieldRule = (ctx) => {
  if (!requestedIssuer(ctx.values)) return [];
  const email = ctx.state.certManager.email;
  const problem = emailProblem(email);
  if (!problem) return [];
  return [
    {
      ...error(
        email.trim() === '' ? 'cert-manager-email-missing' : 'email-invalid',
        [],
        email.trim() === ''
          ? `the cert-manager ClusterIssuer needs an e-mail address for the Let's Encrypt account; enter it in the cert-manager settings`
          : `the cert-manager e-mail \`${email}\` ${problem}`,
      ),
      setting: 'certManager.email',
    },
  ];
};
