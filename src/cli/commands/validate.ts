import { CHART_VERSION } from '../../core/model/chart-release.ts';
import { formatPath } from '../../core/model/json.ts';
import { olderChartClues } from '../../core/config/upgrade/older-chart.ts';
import { initialState } from '../../core/model/state.ts';
import { locateProblems } from '../../core/validate/locate.ts';
import { validateState } from '../../core/validate/index.ts';
import { kubeVersionProblem } from '../../core/validate/rules/release.ts';
import type { SourceRange } from '../../core/values/source-range.ts';
import { readValuesFile } from '../../core/values/read-values-file.ts';
import { parseArgs } from '../args.ts';
import type { Command } from '../io.ts';

/**
 * `validate FILE`: every problem the wizard sees in FILE (chart 4.4.0's schema and the field
 * rules), one per line in the form editors and CI annotate from:
 * `FILE:LINE:COL: error: ingress.hosts[1]: …`; exit 1 if any is an error.
 */
export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate FILE [--kube-version X]',
  summary: `check FILE against chart ${CHART_VERSION} (schema and field rules), as FILE:LINE:COL lines; exit 1 on errors`,
  run(args, io) {
    const { positional, options } = parseArgs(args, ['kube-version']);
    const file = positional[0];
    const kubeVersion = options.get('kube-version');
    if (!file || kubeVersion === true) {
      io.err(`usage: z2jh-wizard ${this.usage}\n`);
      return 2;
    }
    const name = file === '-' ? '<stdin>' : file;
    const text = io.readFile(file);
    const read = readValuesFile(text, { maxBytes: Infinity });
    if (!read.ok) {
      io.out(`${where(name, read.error.range)}: error: ${read.error.message}\n`);
      return 1;
    }
    const { file: values } = read;
    const fileWarnings = values.problems.filter((p) => p.severity === 'warning');
    for (const p of fileWarnings) io.out(`${where(name, p.range)}: warning: ${p.message}\n`);
    // a file of chart 3.x or older also gets chart 4.x's behaviour changes (said how it was told)
    const olderChart = olderChartClues(values.values, text);
    if (olderChart.length > 0) io.err(`${name}: from chart 3.x or older, told by ${olderChart.join('; ')}\n`);
    const state = { ...initialState(), values: values.values, imported: { text, wrapperPath: values.wrapperPath, ...(olderChart.length > 0 ? { olderChart } : {}) } };
    const problems = locateProblems(validateState(state, { wizardSettings: false }), values.locate);
    // the one wizard setting a bare config.yaml can be checked with: the cluster it is meant for
    const kube = kubeVersion === undefined ? undefined : kubeVersionProblem(kubeVersion);
    if (kube) problems.unshift({ code: 'kube-version', severity: 'error', path: [], setting: 'kubeVersion', message: kube });
    for (const p of problems) io.out(`${where(name, p.range)}: ${p.severity}: ${p.setting ?? formatPath(p.path)}: ${p.message}${p.doc ? ` (${p.doc})` : ''}\n`);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors + fileWarnings.length;
    if (errors + warnings === 0) io.out(`${name}: no problems found\n`);
    else io.err(`${name}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
    return errors > 0 ? 1 : 0;
  },
};

/** `FILE:LINE:COL`, or `FILE:1:1` for what is written nowhere in the file (a chart default). */
function where(file: string, range: SourceRange | undefined): string {
  return `${file}:${range?.line ?? 1}:${range?.col ?? 1}`;
}
