import { formatFieldPath } from '../upgrade-diff/field-diff.ts';
import type { ResourceChange } from '../upgrade-diff/resource-diff.ts';
import type { Impact } from './impact.ts';

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/** What a restart of each of the chart's workloads means for the people using the hub. */
const WHO_NOTICES: Record<string, string> = {
  hub: 'logins and server starts fail until it is back; running user servers keep running',
  proxy: 'open connections to the hub and to user servers drop for a moment',
  'autohttps': 'HTTPS connections drop for a moment',
  'user-scheduler': 'user servers started meanwhile wait to be scheduled',
};

/**
 * Each workload whose pod template changes rolls: Kubernetes replaces its pods. The hub's and the
 * user-scheduler's templates carry checksums of their ConfigMap and Secret, so a change there
 * rolls them too — that is said as the reason.
 */
export function podRestarts(resources: readonly ResourceChange[]): Impact[] {
  const out: Impact[] = [];
  for (const r of resources) {
    if (r.change !== 'changed' || !WORKLOADS.has(r.kind) || isHook(r)) continue;
    const template = r.fields.filter((f) => f.path[0] === 'spec' && f.path[1] === 'template');
    if (template.length === 0) continue;
    const checksums = template
      .map((f) => f.path)
      .filter((p) => p[2] === 'metadata' && p[3] === 'annotations' && typeof p[4] === 'string' && p[4].startsWith('checksum/'))
      .map((p) => String(p[4]).slice('checksum/'.length));
    const others = template.filter((f) => !(f.path[2] === 'metadata' && f.path[3] === 'annotations' && String(f.path[4]).startsWith('checksum/')));
    const because: string[] = [];
    if (checksums.length > 0) because.push(`its ${checksums.join(' and ')} checksum${checksums.length > 1 ? 's change' : ' changes'} (its configuration changed)`);
    if (others.length > 0) because.push(`its pod template changes (${others.slice(0, 3).map((f) => formatFieldPath(f.path.slice(2))).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''})`);
    const part = chartPart(r.name);
    const notice = part ? WHO_NOTICES[part] : undefined;
    out.push({
      code: 'pod-restart',
      severity: r.kind === 'Deployment' && (part === 'hub' || part === 'proxy') ? 'warning' : 'info',
      resource: `${r.kind} ${r.name}`,
      title: `${titleName(r)} restarts`,
      reason: `${because.join(', and ')}${notice ? `: ${notice}` : ''}.`,
    });
  }
  return out;
}

/** `hub` for `hub` and for a prefixed name (`mine-hub`, with a fullnameOverride or release prefix). */
export function chartPart(name: string): string | undefined {
  return Object.keys(WHO_NOTICES).find((k) => name === k || name.endsWith(`-${k}`));
}

function titleName(r: ResourceChange): string {
  const part = chartPart(r.name);
  if (r.kind === 'Deployment' && part === 'hub') return 'The hub';
  if (r.kind === 'Deployment' && part === 'proxy') return 'The proxy';
  return `${r.kind} ${r.name}`;
}

function isHook(r: ResourceChange): boolean {
  const md = (r.after ?? r.before)?.metadata;
  return typeof md === 'object' && md !== null && !Array.isArray(md) && typeof md.annotations === 'object' && md.annotations !== null && 'helm.sh/hook' in md.annotations;
}
