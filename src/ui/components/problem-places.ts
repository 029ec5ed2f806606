import { formatPath } from '../../core/model/json.ts';
import type { Problem } from '../../core/validate/problem.ts';

/** The form section that edits a problem's setting, or undefined when no form does. */
export function sectionOf(problem: Problem): string | undefined {
  if (problem.setting) return problem.setting.startsWith('certManager') ? 'https' : 'release';
  const path = formatPath(problem.path);
  const rules: [RegExp, string][] = [
    [/^(ingress|httpRoute)\b/, 'ingress'],
    [/^proxy\.(https|service)\b/, 'https'],
    [/^(scheduling|singleuser\.(memory|cpu))\b/, 'scheduling'],
    [/^prePuller\b/, 'prepuller'],
    [/^hub\.config\b/, 'sign-in'],
    [/^singleuser\.(image|defaultUrl|profileList)\b/, 'environments'],
    [/^singleuser\.storage\b/, 'storage'],
    [/^cull\b/, 'culling'],
    [/^(hub\.(extraConfig|extraEnv|extraContainers)|custom)\b/, 'hub-extra'],
  ];
  return rules.find(([re]) => re.test(path))?.[1];
}

/** How the problems list names a wizard setting that is no Helm value. */
export function settingLabel(setting: string): string {
  const labels: Record<string, string> = {
    'certManager.email': "E-mail for Let's Encrypt (HTTPS section)",
    'certManager.issuerName': 'ClusterIssuer name (HTTPS section)',
    'certManager.solverIngressClass': 'Solver ingress class (HTTPS section)',
    release: 'Release name',
    namespace: 'Namespace',
    kubeVersion: 'Kubernetes version (Release section)',
  };
  return Object.hasOwn(labels, setting) ? labels[setting]! : setting;
}

export const OPEN_SECTION_EVENT = 'z2jh:open-section';

/**
 * Brings the field of a problem into view: opens its section, scrolls to it and focuses the first
 * field marked invalid there (or the section's first field); without a section, the problem's
 * line in the config.yaml preview when it shows.
 */
export function goToProblem(problem: Problem): void {
  const id = sectionOf(problem);
  if (!id) {
    const line = problem.range?.line;
    const mark = line ? document.querySelector<HTMLElement>(`[data-testid="config-preview"] mark[data-line="${line}"]`) : null;
    mark?.scrollIntoView({ block: 'center' });
    return;
  }
  window.dispatchEvent(new CustomEvent(OPEN_SECTION_EVENT, { detail: id }));
  // the section renders its body on the next frame when it was folded
  requestAnimationFrame(() => {
    const section = document.getElementById(`section-${id}`);
    if (!section) return;
    const field = section.querySelector<HTMLElement>('[aria-invalid="true"]') ?? section.querySelector<HTMLElement>('input, select, textarea, button:not(.section-title button)');
    section.scrollIntoView({ block: 'start' });
    field?.focus({ preventScroll: false });
  });
}
