/**
 * Kubernetes name rules, each returning what is wrong in words, or undefined when the name is fine.
 * DNS-1123 label: `a-z 0-9 -`, starts and ends alphanumeric, at most 63 characters (container names,
 * Service names). DNS-1123 subdomain: such labels joined by dots, at most 253 characters (host names,
 * Secret names).
 */

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function dns1123LabelProblem(value: string, max = 63): string | undefined {
  if (value === '') return 'is empty';
  if (value.length > max) return `is ${value.length} characters long; at most ${max} are allowed`;
  if (LABEL.test(value)) return undefined;
  return charProblem(value, false) ?? 'must consist of lowercase letters, digits and `-`, and start and end with a letter or digit';
}

export function dns1123SubdomainProblem(value: string): string | undefined {
  if (value === '') return 'is empty';
  if (value.length > 253) return `is ${value.length} characters long; at most 253 are allowed`;
  if (SUBDOMAIN.test(value)) return undefined;
  return charProblem(value, true) ?? 'must be lowercase letters, digits, `-` and `.`, each dot-separated part starting and ending with a letter or digit';
}

/**
 * A host name as an Ingress rule or an HTTPRoute takes it: a DNS-1123 subdomain, or `*.` followed
 * by one (a wildcard only as the whole first label), and not an IP address.
 */
export function hostNameProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return 'is empty';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return 'must be only the host name, without `https://` or `http://` in front';
  if (trimmed.includes('/')) return 'must be only the host name; a path (`/…`) is not part of it';
  if (/^\d{1,3}(\.\d{1,3}){3}(:\d+)?$/.test(trimmed) || trimmed.includes('::')) {
    return 'is an IP address; Kubernetes needs a DNS name here';
  }
  if (/:\d+$/.test(trimmed)) return 'must not include a port';
  const rest = trimmed.startsWith('*.') ? trimmed.slice(2) : trimmed;
  if (rest.includes('*')) return 'may use `*` only as the whole first label, as in `*.example.org`';
  if (value !== trimmed) return 'has spaces around it';
  return dns1123SubdomainProblem(rest);
}

function charProblem(value: string, dots: boolean): string | undefined {
  if (/\s/.test(value)) return 'contains spaces';
  if (/[A-Z]/.test(value)) return 'has uppercase letters; only lowercase is allowed';
  if (value.includes('_')) return 'contains `_`; use `-` instead';
  if (!dots && value.includes('.')) return 'contains `.`; only letters, digits and `-` are allowed';
  const bad = value.replace(dots ? /[-a-z0-9.]/g : /[-a-z0-9]/g, '');
  if (bad) return `contains ${[...new Set(bad)].map((c) => `\`${c}\``).join(', ')}, which is not allowed`;
  if (/^[-.]|[-.]$/.test(value)) return 'must start and end with a letter or digit';
  if (dots && /\.\.|\.-|-\./.test(value)) return 'has an empty part or a part starting or ending with `-` between dots';
  return undefined;
}
