import { chartDefaults } from '../model/chart-defaults.ts';
import type { JsonObject } from '../model/json.ts';
import { isObject } from './shape.ts';

/** Top-level keys of chart 4.4.0, plus old top-level keys an old config may still carry. */
const CHART_TOP_KEYS = new Set([...Object.keys(chartDefaults), 'auth', 'httpRoute']);
/** Keys only a JupyterHub chart config has at its top (a parent chart's own `ingress` does not count). */
const CORE_KEYS = new Set(['hub', 'proxy', 'singleuser', 'prePuller', 'scheduling', 'cull', 'auth']);

interface Candidate {
  path: string[];
  chartKeys: number;
  coreKeys: number;
}

function score(map: JsonObject, path: string[]): Candidate {
  const keys = Object.keys(map);
  return {
    path,
    chartKeys: keys.filter((k) => CHART_TOP_KEYS.has(k)).length,
    coreKeys: keys.filter((k) => CORE_KEYS.has(k)).length,
  };
}

function qualifies(c: Candidate, total: number): boolean {
  return c.coreKeys > 0 && c.chartKeys * 2 >= total;
}

/**
 * Where the chart's values sit in a parsed file: `[]` when the file is a chart config itself,
 * `['jupyterhub']` when a parent chart (BinderHub, DaskHub, 2i2c's basehub …) nests them, and so on.
 * A nested mapping is taken when the top level does not look like chart values but it does: most of
 * its keys are chart top-level keys, including one of hub/proxy/singleuser/prePuller/scheduling/cull/auth.
 */
export function findWrapperPath(data: JsonObject, maxDepth = 3): string[] {
  const root = score(data, []);
  if (qualifies(root, Object.keys(data).length)) return [];
  let best: Candidate | undefined;
  const visit = (map: JsonObject, path: string[]) => {
    if (path.length >= maxDepth) return;
    for (const [key, child] of Object.entries(map)) {
      if (!isObject(child)) continue;
      const childPath = [...path, key];
      const c = score(child, childPath);
      if (qualifies(c, Object.keys(child).length)) {
        const better =
          !best ||
          c.coreKeys > best.coreKeys ||
          (c.coreKeys === best.coreKeys && c.chartKeys > best.chartKeys) ||
          (c.coreKeys === best.coreKeys && c.chartKeys === best.chartKeys && c.path.length < best.path.length);
        if (better) best = c;
      }
      visit(child, childPath);
    }
  };
  visit(data, []);
  return best ? best.path : [];
}
