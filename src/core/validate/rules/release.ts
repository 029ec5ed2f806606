import { readKubeVersion, kubeVersionRefusal } from '../../chart/kube-version.ts';
import { CHART_KUBE_VERSION, CHART_VERSION } from '../../model/chart-release.ts';
import { kubeVersionOf } from '../../model/state.ts';
import type { Problem } from '../problem.ts';
import type { FieldRule } from './context.ts';
import { dns1123LabelProblem } from './dns.ts';

/** Helm refuses release names longer than this (the chart appends suffixes to them). */
const RELEASE_NAME_MAX = 53;

/** The release name and namespace the wizard renders and writes commands for (not Helm values). */
export const releaseSettingsRules: FieldRule = (ctx) => {
  const out: Problem[] = [];
  const { release, namespace } = ctx.state;
  const releaseProblem = release === '' ? 'is empty; helm needs a release name' : dns1123LabelProblem(release, RELEASE_NAME_MAX);
  if (releaseProblem) out.push({ code: 'release-name', severity: 'error', path: [], setting: 'release', message: `the release name \`${release}\` ${releaseProblem}` });
  const namespaceProblem = namespace === '' ? 'is empty; the release needs a namespace' : dns1123LabelProblem(namespace);
  if (namespaceProblem) out.push({ code: 'namespace-name', severity: 'error', path: [], setting: 'namespace', message: `the namespace \`${namespace}\` ${namespaceProblem}` });
  const kube = kubeVersionProblem(kubeVersionOf(ctx.state));
  if (kube) out.push({ code: 'kube-version', severity: 'error', path: [], setting: 'kubeVersion', message: kube });
  return out;
};

/** Why the target Kubernetes version does not do: unreadable, or older than the chart installs on. */
export function kubeVersionProblem(version: string): string | undefined {
  const read = readKubeVersion(version);
  if (!read.ok) return `the Kubernetes version \`${version}\` is not a version helm reads; write it as \`1.32\` or \`v1.32.0\``;
  if (kubeVersionRefusal(version)) {
    return `chart ${CHART_VERSION} needs Kubernetes ${CHART_KUBE_VERSION.replace(/^>=\s*/, '').replace(/\.0-0$/, '')} or newer (Chart.yaml \`kubeVersion: ${CHART_KUBE_VERSION}\`): helm refuses to install it on ${read.version.text}; upgrade the cluster first, or stay on chart 3.x`;
  }
  return undefined;
}
