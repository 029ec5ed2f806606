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
  return out;
};
