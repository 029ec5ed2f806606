import defaultsJson from '../data/values.defaults.json' with { type: 'json' };
import type { JsonObject } from './json.ts';

/** The chart version every default, rule and rendering in the core is written for (one source: chart-release.ts). */
export { CHART_VERSION } from './chart-release.ts';

/** The chart's values.yaml at that version, as data (made by shared/z2jh/golden/prepare-chart.sh). */
export const chartDefaults: JsonObject = defaultsJson as JsonObject;
