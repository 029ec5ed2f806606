import { writeConfig } from '../config/write-config-for-state.ts';
import { writeConfigYaml } from '../config/write-config.ts';
import { activeBaseline, baselineLabel } from '../model/baseline.ts';
import type { JsonObject } from '../model/json.ts';
import type { Baseline, WizardState } from '../model/state.ts';
import { restoreText } from '../restore/restore-text.ts';
import { upgradeImpact, type Impact } from '../upgrade-impact/index.ts';
import { compareReleases, type ReleaseComparison } from './compare-releases.ts';
import { lineDiff, type DiffLine } from './line-diff.ts';

export type StateChanges =
  | { ok: true; label: string; config: DiffLine[]; comparison: ReleaseComparison; impacts: Impact[] }
  | { ok: false; label: string; message: string };

/** The baseline's config.yaml text and its values, read as an import reads them (old settings upgraded). */
export function baselineSide(state: WizardState, b: Baseline): { ok: true; text: string; values: JsonObject } | { ok: false; message: string } {
  if (b.from === 'link') return { ok: true, text: writeConfigYaml(b.values), values: b.values };
  const file = b.from === 'import' ? state.imported! : b.file;
  const read = readBaselineText(file.text);
  if (!read.ok) return { ok: false, message: `${baselineLabel(b)} no longer reads: ${read.error.message}` };
  return { ok: true, text: file.text, values: read.values };
}

/** The baseline's file, read once for all the edits compared with it (the same values object each time). */
let lastRead: { text: string; result: ReturnType<typeof restoreText> } | undefined;
function readBaselineText(text: string): ReturnType<typeof restoreText> {
  if (lastRead?.text !== text) lastRead = { text, result: restoreText(text, { maxBytes: Infinity }) };
  return lastRead.result;
}

/**
 * What the Changes view shows for a state: the config.yaml diff against the baseline and what
 * helm upgrade from it changes and means. Undefined when there is no baseline.
 */
export function changesForState(state: WizardState): StateChanges | undefined {
  const b = activeBaseline(state);
  if (!b) return undefined;
  const label = baselineLabel(b);
  const side = baselineSide(state, b);
  if (!side.ok) return { ok: false, label, message: side.message };
  const comparison = compareReleases(side.values, state.values, { release: state.release, namespace: state.namespace });
  return { ok: true, label, config: lineDiff(side.text, writeConfig(state)), comparison, impacts: upgradeImpact(comparison) };
}
