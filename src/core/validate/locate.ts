import type { Path } from '../model/json.ts';
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
