/**
 * Render time per config: `npx tsx scripts/golden/bench-render.ts [CONFIG] [N]`
 * (default: ../shared/corpus/permalink-sample.yaml, 1000 renders, after a warm-up).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestsToYaml, renderChart } from '../../src/core/chart/index.ts';
import { parseValuesYaml } from '../../src/core/chart/values-yaml.ts';
import type { JsonObject } from '../../src/core/model/json.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = process.argv[2] ?? path.resolve(repo, '../shared/corpus/permalink-sample.yaml');
const n = Number(process.argv[3] ?? 1000);
const config = parseValuesYaml(readFileSync(file, 'utf8')) as JsonObject;
const opts = { release: 'jupyterhub', namespace: 'jupyterhub' };
for (let i = 0; i < 200; i++) renderChart(config, opts);
let t0 = performance.now();
for (let i = 0; i < n; i++) renderChart(config, opts);
const render = (performance.now() - t0) / n;
const { objects } = renderChart(config, opts);
t0 = performance.now();
const m = Math.max(1, Math.floor(n / 10));
for (let i = 0; i < m; i++) manifestsToYaml(objects);
const print = (performance.now() - t0) / m;
console.log(`${path.basename(file)}: renderChart ${render.toFixed(3)} ms/render over ${n}; manifestsToYaml ${print.toFixed(2)} ms (${objects.length} objects)`);
