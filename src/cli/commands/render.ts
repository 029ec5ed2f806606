import { CHART_VERSION } from '../../core/model/chart-release.ts';
import { manifestsToYaml, renderRelease } from '../../core/chart/index.ts';
import { DEFAULT_KUBE_VERSION } from '../../core/model/state.ts';
import { readValuesFile } from '../../core/values/read-values-file.ts';
import { parseArgs } from '../args.ts';
import type { Command } from '../io.ts';

/**
 * `render FILE [--release R] [--namespace N] [--kube-version X]`: the manifests `helm template`
 * would print (X as helm's `--kube-version`, default 1.32).
 */
export const renderCommand: Command = {
  name: 'render',
  usage: 'render FILE [--release R] [--namespace N] [--kube-version X]',
  summary: `print the Kubernetes manifests chart ${CHART_VERSION} renders from FILE, as helm template does (- reads stdin)`,
  run(args, io) {
    const { positional, options } = parseArgs(args, ['release', 'namespace', 'kube-version']);
    const file = positional[0];
    const release = options.get('release') ?? 'jupyterhub';
    const namespace = options.get('namespace') ?? 'jupyterhub';
    const kubeVersion = options.get('kube-version') ?? DEFAULT_KUBE_VERSION;
    if (!file || positional.length > 1 || release === true || namespace === true || kubeVersion === true) {
      io.err(`usage: z2jh-wizard ${this.usage}\n`);
      return 2;
    }
    // the values a parent chart's file nests (`jupyterhub:` …) are the chart's: render those
    const read = readValuesFile(io.readFile(file), { maxBytes: Infinity });
    if (!read.ok) {
      const at = read.error.range ? ` (line ${read.error.range.line}, column ${read.error.range.col})` : '';
      io.err(`Error: failed to parse ${file}${at}: ${read.error.message}\n`);
      return 1;
    }
    const result = renderRelease(read.file.values, { release, namespace, kubeVersion });
    if (result.errors.length > 0) {
      for (const e of result.errors.slice(0, 1)) io.err(`Error: ${e.message}\n`);
      return 1;
    }
    io.out(manifestsToYaml(result.objects));
    return 0;
  },
};
