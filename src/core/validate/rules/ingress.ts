import { requestedIssuer } from '../../features/https.ts';
import { isObject, type Json, type Path } from '../../model/json.ts';
import type { Problem, ProblemCode } from '../problem.ts';
import { checkAnnotationValues } from './annotations.ts';
import { asList, asMap, error, kind, name, truthy, warning, type FieldRule, type RuleContext } from './context.ts';
import { dns1123SubdomainProblem, hostNameProblem } from './dns.ts';

const LEGACY_CERT_MANAGER = /^certmanager\.k8s\.io\//;

/** Host names in a list: each a string and a valid (wildcard) DNS-1123 subdomain. */
export function checkHostList(ctx: RuleContext, path: Path, code: ProblemCode = 'dns1123-host'): Problem[] {
  const out: Problem[] = [];
  asList(ctx.get(path)).forEach((host, i) => {
    const at = [...path, i];
    if (typeof host !== 'string') {
      out.push(error(code, at, `${name(at)} is ${kind(host)}; write the host name as a string`));
      return;
    }
    const problem = hostNameProblem(host);
    if (problem) out.push(error(code, at, `the host name \`${host}\` ${problem}`));
  });
  return out;
}

/** Does the host `pattern` (maybe `*.example.org`) cover `host`? Wildcards cover one label. */
function covers(pattern: string, host: string): boolean {
  if (pattern === host) return true;
  if (!pattern.startsWith('*.')) return false;
  const dot = host.indexOf('.');
  return dot > 0 && host.slice(dot + 1) === pattern.slice(2);
}

export const ingressRules: FieldRule = (ctx) => {
  const out: Problem[] = [...checkHostList(ctx, ['ingress', 'hosts']), ...checkAnnotationValues(ctx, ['ingress', 'annotations'])];
  const hosts = asList(ctx.get(['ingress', 'hosts'])).filter((h): h is string => typeof h === 'string');
  const tls = ctx.get(['ingress', 'tls']);
  const enabled = truthy(ctx.get(['ingress', 'enabled']));

  asList(tls).forEach((entry: Json, i) => {
    const at: Path = ['ingress', 'tls', i];
    if (!isObject(entry)) {
      out.push(error('ingress-tls-entry', at, `${name(at)} is ${kind(entry)}; each TLS entry is a mapping with \`hosts\` (a list) and \`secretName\``));
      return;
    }
    const secretName = entry.secretName;
    const secretAt = [...at, 'secretName'];
    if (secretName !== undefined && secretName !== null) {
      if (typeof secretName !== 'string') {
        out.push(error('dns1123-secret-name', secretAt, `${name(secretAt)} is ${kind(secretName)}; it names a Secret, so write a string`));
      } else {
        const problem = dns1123SubdomainProblem(secretName);
        if (problem) out.push(error('dns1123-secret-name', secretAt, `the Secret name \`${secretName}\` ${problem}`));
      }
    }
    const tlsHosts = entry.hosts;
    if (tlsHosts !== undefined && tlsHosts !== null && !Array.isArray(tlsHosts)) {
      out.push(error('ingress-tls-entry', [...at, 'hosts'], `${name([...at, 'hosts'])} is ${kind(tlsHosts)}; it must be a list of host names`));
      return;
    }
    out.push(...checkHostList(ctx, [...at, 'hosts']));
    if (!enabled) return;
    asList(tlsHosts).forEach((host, j) => {
      if (typeof host !== 'string' || hostNameProblem(host)) return;
      const hostAt = [...at, 'hosts', j];
      if (hosts.length === 0) {
        out.push(
          warning(
            'tls-host-not-in-ingress',
            hostAt,
            `\`${host}\` has a TLS certificate but ingress.hosts is empty, so the Ingress answers any host name; list \`${host}\` in ingress.hosts`,
          ),
        );
      } else if (!hosts.some((h) => covers(host, h) || covers(h, host))) {
        out.push(
          error(
            'tls-host-not-in-ingress',
            hostAt,
            `the TLS host \`${host}\` is not one of ingress.hosts (${hosts.map((h) => `\`${h}\``).join(', ')}); the certificate would be for a name the Ingress does not serve`,
          ),
        );
      }
    });
  });

  if (enabled) {
    const annotations = asMap(ctx.get(['ingress', 'annotations']));
    const issuerKey = requestedIssuer(ctx.values)?.annotation;
    if (issuerKey && asList(tls).length === 0) {
      out.push(
        warning(
          'cert-manager-without-tls',
          ['ingress', 'tls'],
          `the Ingress asks cert-manager for a certificate (\`${issuerKey}\`), but ingress.tls is empty, so cert-manager has nothing to issue; add \`ingress.tls: [{hosts: [your host], secretName: jupyterhub-tls}]\``,
        ),
      );
    }
    for (const key of Object.keys(annotations)) {
      if (LEGACY_CERT_MANAGER.test(key)) {
        out.push(
          warning(
            'cert-manager-legacy-annotation',
            ['ingress', 'annotations', key],
            `\`${key}\` is the annotation of cert-manager before v0.11; current cert-manager ignores it — use \`cert-manager.io/${key.slice(key.indexOf('/') + 1)}\``,
          ),
        );
      }
    }
  }
  return out;
};
