import { CHART_VERSION } from '../model/chart-release.ts';
import { getIn } from '../model/paths.ts';
import { isObject, type JsonObject } from '../model/json.ts';
import { readValuesFile, type FileProblem, type ReadOptions } from '../values/read-values-file.ts';
import { olderChartClues } from '../config/upgrade/older-chart.ts';
import { behaviourChanges } from '../validate/rules/behaviour-changes.ts';
import { withDefaults } from '../values/coalesce.ts';
import { checkValuesShape } from './limits.ts';
import { restoreValues } from './restore-values.ts';
import type { ImportErrorInfo, ImportResult } from './types.ts';

export type ImportOptions = Pick<ReadOptions, 'maxBytes' | 'duplicateKeys'> & {
  /**
   * Where the values sat in the text this one was typed over (the config.yaml editor): kept while
   * the text still holds a mapping there, so that editing a parent chart's file never moves the
   * values (the wrapper is found afresh otherwise).
   */
  keepWrapper?: readonly string[];
};

/**
 * A config.yaml the admin already has (opened, pasted, dropped, or given to the CLI): read as helm
 * reads it, its values found (also under a parent chart's key), checked against the limits and
 * upgraded from older charts; the text is kept so the download keeps its comments and everything
 * else. Never throws; a refused text changes nothing and says why, with line and column.
 */
export function restoreText(text: string, options: ImportOptions = {}): ImportResult {
  const { keepWrapper, ...readOptions } = options;
  let read = readValuesFile(text, readOptions);
  if (!read.ok) return { ok: false, error: errorInfo(read.error) };
  if (keepWrapper?.length && !sameKeys(read.file.wrapperPath, keepWrapper) && isObject(getIn(read.file.data, keepWrapper))) {
    read = readValuesFile(text, { ...readOptions, wrapperPath: keepWrapper });
    if (!read.ok) return { ok: false, error: errorInfo(read.error) };
  }
  const { file } = read;
  // the whole file, wrapper included, is what the download writes back
  const shape = checkValuesShape(file.data);
  if (shape) return { ok: false, error: { message: `The file was not imported: ${lowerFirst(shape.message)}` } };
  const restored = restoreValues(file.values, []);
  if (!restored.ok) return { ok: false, error: { message: restored.problem.message } };
  const { upgrade } = restored;
  const notices = [...file.problems.map((p) => p.message), ...upgrade.advice];
  if (upgrade.changes.length > 0) {
    notices.push(
      `The file was written for an older chart: ${upgrade.changes.length} setting${upgrade.changes.length === 1 ? ' was' : 's were'} upgraded for chart ${CHART_VERSION} (see the list of changes).`,
    );
  }
  // told from the file as written: the upgrade has moved the old keys away
  const olderChart = olderChartClues(file.values, text);
  const changes = olderChart.length > 0 ? behaviourChanges(withDefaults(upgrade.values), upgrade.values) : [];
  if (olderChart.length > 0) {
    notices.push(
      `The file is from chart 3.x or older (told by ${olderChart.slice(0, 3).join('; ')}${olderChart.length > 3 ? `; and ${olderChart.length - 3} more` : ''}): ${changes.length === 0 ? `none of chart ${CHART_VERSION}'s behaviour changes applies to it` : `${changes.length} behaviour change${changes.length === 1 ? ' of chart 4.x applies' : 's of chart 4.x apply'} to it (see the list)`}.`,
    );
  }
  const issuerName = upgrade.issuerName ?? issuerFrom(upgrade.values);
  return {
    ok: true,
    values: upgrade.values,
    imported: { text, wrapperPath: file.wrapperPath, ...(olderChart.length > 0 ? { olderChart } : {}) },
    changes: upgrade.changes,
    behaviourChanges: changes,
    notices,
    ...(issuerName ? { certManager: { issuerName } } : {}),
  };
}

function issuerFrom(values: JsonObject): string | undefined {
  const issuer = getIn(values, ['ingress', 'annotations', 'cert-manager.io/cluster-issuer']);
  return typeof issuer === 'string' && issuer ? issuer : undefined;
}

export function errorInfo(problem: FileProblem): ImportErrorInfo {
  const error: ImportErrorInfo = { message: problem.message };
  if (problem.range) {
    error.line = problem.range.line;
    error.col = problem.range.col;
    if (problem.snippet !== undefined) error.snippet = problem.snippet;
  }
  return error;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
