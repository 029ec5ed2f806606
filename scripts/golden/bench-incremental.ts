/**
 * Incremental render cost, measured the way the page renders: a sequence of states, each the
 * previous one with ONE small edit made by structural sharing (`setIn`), rendered with a session
 * randomBytes (the same bytes on every render) and printed with manifestsToYaml.
 *
 *   npx tsx scripts/golden/bench-incremental.ts [KEYS]     (default 300 keystrokes per sequence)
 *
 * Prints, per sequence, the mean / median / p95 of renderChart+manifestsToYaml per keystroke
 * (after 30 warm-up keystrokes), and the cold figures: the first render in this process, and a
 * render of a config never seen before (new objects everywhere) once the JIT is warm.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestsToYaml, renderChart } from '../../src/core/chart/index.ts';
import { parseValuesYaml } from '../../src/core/chart/values-yaml.ts';
import type { JsonObject, Path } from '../../src/core/model/json.ts';
import { setIn } from '../../src/core/model/paths.ts';
// @ts-expect-error plain JS module without types
import { stressValues } from '../bench/stress-config.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const KEYS = Number(process.argv[2] ?? 300);
const WARMUP = 30;

/** like the page's session-random.ts: one fixed pool, each render reads it from the start */
const pool = new Uint8Array(1 << 16);
for (let i = 0; i < pool.length; i++) pool[i] = (i * 2654435761) >>> 24;
function sessionRandomBytes(): (n: number) => Uint8Array {
  let offset = 0;
  return (n) => {
    const out = pool.slice(offset, offset + n);
    offset += n;
    return out;
  };
}
const opts = () => ({ release: 'jupyterhub', namespace: 'jupyterhub', randomBytes: sessionRandomBytes() });

function renderAndPrint(values: JsonObject): number {
  const r = renderChart(values, opts());
  if (r.errors.length) throw new Error(r.errors[0]!.message);
  return manifestsToYaml(r.objects).length;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const sample = parseValuesYaml(readFileSync(path.resolve(repo, '../shared/corpus/permalink-sample.yaml'), 'utf8')) as JsonObject;
const stress = stressValues() as JsonObject;

// cold: the very first render of this process
let t0 = performance.now();
renderAndPrint(clone(sample));
const coldFirst = performance.now() - t0;

const TYPED = 'the-quick-brown-fox-jumps-over-the-lazy-dog.example.org/';
function typing(base: JsonObject, at: Path, start: string, keys: number): JsonObject[] {
  const states: JsonObject[] = [];
  let s = base;
  for (let i = 1; i <= keys; i++) {
    let text = start;
    for (let k = 0; k < i; k++) text += TYPED[k % TYPED.length];
    s = setIn(s, at, text);
    states.push(s);
  }
  return states;
}

function stats(times: number[]): string {
  const sorted = times.slice().sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return `mean ${mean.toFixed(3)}  median ${q(0.5).toFixed(3)}  p95 ${q(0.95).toFixed(3)}  max ${q(1).toFixed(3)} ms`;
}

/** CPU time of this process per call (less disturbed than wall time on a shared machine) */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function sequence(name: string, base: JsonObject, at: Path, start: string): void {
  const states = typing(base, at, start, KEYS);
  const times: number[] = [];
  let chars = 0;
  let cpu0 = 0;
  for (let i = 0; i < states.length; i++) {
    if (i === WARMUP) cpu0 = cpuMs();
    const t = performance.now();
    chars = renderAndPrint(states[i]!);
    if (i >= WARMUP) times.push(performance.now() - t);
  }
  const cpu = (cpuMs() - cpu0) / times.length;
  console.log(`${name.padEnd(36)} ${stats(times)}  cpu ${cpu.toFixed(3)} ms/key  (${times.length} keys, ${(chars / 1024).toFixed(0)} KB out)`);
}

function coldDistinct(name: string, base: JsonObject, n: number): void {
  const times: number[] = [];
  const values = Array.from({ length: n }, () => clone(base));
  let cpu0 = 0;
  for (let i = 0; i < n; i++) {
    if (i === n / 2) cpu0 = cpuMs();
    const t = performance.now();
    renderAndPrint(values[i]!);
    times.push(performance.now() - t);
  }
  const cpu = (cpuMs() - cpu0) / (n / 2);
  console.log(`${name.padEnd(36)} ${stats(times.slice(n / 2))}  cpu ${cpu.toFixed(3)} ms/render  (fresh objects each render)`);
}

t0 = performance.now();
renderAndPrint(clone(stress));
const coldStressFirst = performance.now() - t0;

console.log(`cold, first render in process: sample ${coldFirst.toFixed(2)} ms, stress ${coldStressFirst.toFixed(2)} ms`);
const sampleHost = (sample.ingress as JsonObject).hosts as string[];
const stressHost = (stress.ingress as JsonObject).hosts as string[];
sequence('sample: ingress.hosts[0]', sample, ['ingress', 'hosts', 0], sampleHost[0]!);
sequence('sample: hub.extraConfig.00-profiles', sample, ['hub', 'extraConfig', '00-profiles'], '# edit\n');
sequence('stress: ingress.hosts[0]', stress, ['ingress', 'hosts', 0], stressHost[0]!);
sequence('stress: hub.extraConfig.00-stress', stress, ['hub', 'extraConfig', '00-stress'], '# edit\n');
coldDistinct('sample: new config, warm JIT', sample, 60);
coldDistinct('stress: new config, warm JIT', stress, 30);
