import { CHART_VERSION } from '../../core/model/chart-release.ts';
import { compareReleases } from '../../core/upgrade-diff/compare-releases.ts';
import { comparisonText } from '../../core/upgrade-diff/format-text.ts';
import { upgradeImpact } from '../../core/upgrade-impact/index.ts';
import { readValuesFile } from '../../core/values/read-values-file.ts';
import type { JsonObject } from '../../core/model/json.ts';
import { parseArgs } from '../args.ts';
import type { CliIO, Command } from '../io.ts';

/**
 * `diff OLD NEW [--release R] [--namespace N]`: what `helm upgrade` from OLD to NEW changes, object
 * by object and field by field, and what it means. Exit 0: nothing changes; 1: something does;
 * 2: a file cannot be read or the chart refuses one (so CI can tell a change from a failure).
 */
export const diffCommand: Command = {
  name: 'diff',
  usage: 'diff OLD NEW [--release R] [--namespace N]',
  summary: `print what helm upgrade from OLD to NEW changes (chart ${CHART_VERSION}) and what it means; exit 1 when something changes`,
  run(args, io) {
    const { positional, options } = parseArgs(args, ['release', 'namespace']);
    const release = options.get('release') ?? 'jupyterhub';
    const namespace = options.get('namespace') ?? 'jupyterhub';
    if (positional.length !== 2 || release === true || namespace === true) {
      io.err(`usage: z2jh-wizard ${this.usage}\n`);
      return 2;
    }
    const [oldFile, newFile] = positional as [string, string];
    const before = readValues(oldFile, io);
    const after = before && readValues(newFile, io);
    if (!before || !after) return 2;
    const comparison = compareReleases(before, after, { release, namespace });
    const refused = [...comparison.beforeErrors.map((e) => [oldFile, e] as const), ...comparison.afterErrors.map((e) => [newFile, e] as const)];
    if (refused.length > 0) {
      for (const [file, e] of refused) io.err(`Error: the chart refuses ${file}: ${e.message}\n`);
      return 2;
    }
    io.out(comparisonText(comparison, upgradeImpact(comparison)));
    return comparison.resources.length === 0 ? 0 : 1;
  },
};

/** A file's chart values (those a parent chart's file nests), as `render` reads them. */
function readValues(file: string, io: CliIO): JsonObject | undefined {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.err(`Error: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
  const read = readValuesFile(text, { maxBytes: Infinity });
  if (read.ok) return read.file.values;
  const at = read.error.range ? ` (line ${read.error.range.line}, column ${read.error.range.col})` : '';
  io.err(`Error: failed to parse ${file}${at}: ${read.error.message}\n`);
  return undefined;
}
