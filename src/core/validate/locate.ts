import type { Path } from '../model/json.ts';
import { readValuesFile } from '../values/read-values-file.ts';
import type { Located } from '../values/positions.ts';
import type { Problem } from './problem.ts';

/**
 * The problems with the place each is written in a text (`locate` from a ValuesFile): the CLI
 * prints `FILE:LINE:COL`, the config.yaml preview marks the line. A problem with nothing written
 * for it (the chart's defaults alone, a wizard setting) keeps no range.
 */
export function locateProblems(problems: readonly Problem[], locate: (path: Path) => Located | undefined): Problem[] {
  return problems.map((p) => {
    if (p.range || p.setting) return p;
    const found = locate(p.path);
    return found ? { ...p, range: found.range } : p;
  });
}

let lastText: string | undefined;
let lastWrapper = '';
let lastLocate: ((path: Path) => Located | undefined) | undefined;

/**
 * The problems located in a config.yaml text (the preview's, the download's): the text is read
 * only when there is a problem to place, and the last text's reading is kept, so checking the same
 * text again costs nothing.
 */
export function locateInText(problems: readonly Problem[], text: string, wrapperPath: readonly string[] = []): Problem[] {
  if (problems.length === 0) return [];
  const wrapperKey = wrapperPath.join('\u0000');
  if (text !== lastText || wrapperKey !== lastWrapper) {
    const read = readValuesFile(text, { maxBytes: Infinity, wrapperPath });
    lastText = text;
    lastWrapper = wrapperKey;
    lastLocate = read.ok ? read.file.locate : undefined;
  }
  return lastLocate ? locateProblems(problems, lastLocate) : [...problems];
}
