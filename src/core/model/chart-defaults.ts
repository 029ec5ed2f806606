import defaultsJson from '../data/values.defaults.json' with { type: 'json' };
import type { JsonObject } from './json.ts';

/** The chart version every default, rule and rendering in the core is written for. */
export const CHART_VERSION = '4.4.0';

/** chart 4.4.0's values.yaml, as data (made by shared/z2jh/golden/prepare-chart.sh). */
export const chartDefaults: JsonObject = defaultsJson as JsonObject;
