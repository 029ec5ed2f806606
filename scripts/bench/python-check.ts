/**
 * What the Python check costs per keystroke, in Node: `npx tsx scripts/bench/python-check.ts`.
 *
 * The page checks a snippet on every edit (the validator's python-syntax rule and the editor's
 * markers), so this times checkPythonSyntax on 50-line snippets: the stress config's (50 trait
 * assignments), one of hooks (functions, comprehensions, f-strings, a class), and the hooks with a
 * typing mistake in the middle (the error path). Each is checked 2,000 times after 300 warm-up
 * checks; prints the median and the 95th percentile per check, and the first (cold) check.
 * Informational: no budget is judged here (the keystroke budget is the page's, see bench/README.md).
 */
import { checkPythonSyntax } from '../../src/core/python/syntax-check.ts';

function stressSnippet(): string {
  const lines = ['# stress snippet 0'];
  for (let l = 1; l < 50; l++) lines.push(`c.KubeSpawner.environment["STRESS_0_${l}"] = "value-0-${l}"`);
  return `${lines.join('\n')}\n`;
}

function hooksSnippet(): string {
  const lines = ['import os', 'from kubespawner import KubeSpawner', ''];
  for (let i = 0; i < 6; i++) {
    lines.push(
      `async def hook_${i}(spawner):`,
      `    groups = [g.name for g in spawner.user.groups if g.name]`,
      `    if "admin-${i}" in groups or spawner.user.admin:`,
      `        spawner.environment["LEVEL"] = f"{len(groups):>4} {spawner.user.name!r}"`,
      `    await spawner.user.save()`,
      `c.KubeSpawner.pre_spawn_hook = hook_${i}`,
      '',
    );
  }
  lines.push('class Custom(KubeSpawner):', '    def start(self, *args, **kwargs):', '        return super().start(*args, **kwargs)');
  while (lines.length < 50) lines.push(`c.KubeSpawner.cpu_limit = ${lines.length}.5`);
  return `${lines.slice(0, 50).join('\n')}\n`;
}

function time(label: string, source: string, runs = 2000, warmup = 300): void {
  const cold0 = performance.now();
  const diagnostics = checkPythonSyntax(source);
  const cold = performance.now() - cold0;
  for (let i = 0; i < warmup; i++) checkPythonSyntax(source);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    checkPythonSyntax(source);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(3);
  const lines = source.split('\n').length - 1;
  console.log(`${label.padEnd(28)} ${String(lines).padStart(3)} lines  median ${at(0.5)} ms  p95 ${at(0.95)} ms  first ${cold.toFixed(2)} ms  (${diagnostics.length} diagnostics)`);
}

const hooks = hooksSnippet();
time('hooks', hooks);
time('stress (assignments)', stressSnippet());
time('hooks with a missing colon', hooks.replace('async def hook_3(spawner):', 'async def hook_3(spawner)'));
