import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from './core-is-pure.test.ts';

// One-way dependencies: ui → core and cli → core, never ui ↔ cli. The compiler enforces what each
// layer may use (src/*/tsconfig.json: no DOM and no Node in the core, no Node in the page, no DOM
// in the CLI); this test enforces which layer may import which.
const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

/** Which layer (`core`, `ui`, `cli`) a relative import from `file` lands in, if any. */
function layerOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(join(root, 'src'), resolve(file, '..', specifier));
  return target.split(/[\\/]/)[0];
}

describe.each([
  ['ui', 'cli'],
  ['cli', 'ui'],
])('src/%s', (layer, other) => {
  const files = sources(join(root, 'src', layer));
  it('has files', () => expect(files.length).toBeGreaterThan(3));
  it(`imports nothing from src/${other}`, () => {
    const bad = files.flatMap((f) => importsOf(readFileSync(f, 'utf8')).filter((s) => layerOf(f, s) === other).map((s) => `${relative(root, f)}: ${s}`));
    expect(bad).toEqual([]);
  });
});

describe('the compiler refuses host APIs in src/core', () => {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  /** Compiles one probe file with the core's settings; returns tsc's messages. */
  function compileInCore(code: string): string {
    const dir = mkdtempSync(join(root, 'src/core/.probe-'));
    try {
      writeFileSync(join(dir, 'probe.ts'), code);
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: ['probe.ts', '../platform/globals.d.ts'] }));
      try {
        execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json'), '--noEmit'], { encoding: 'utf8' });
        return '';
      } catch (e) {
        return String((e as { stdout?: string }).stdout ?? e);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('fetch, setTimeout, Buffer and window do not compile; TextEncoder does', () => {
    const out = compileInCore(
      'export const a = () => fetch("x");\nexport const b = () => setTimeout(() => 0, 1);\nexport const c = () => Buffer.from("x");\nexport const d = () => window;\nexport const e = new TextEncoder().encode("x");\n',
    );
    expect(out).toMatch(/probe\.ts\(1,\d+\): error TS\d+: Cannot find name 'fetch'/);
    expect(out).toMatch(/probe\.ts\(2,\d+\).*'setTimeout'/);
    expect(out).toMatch(/probe\.ts\(3,\d+\).*'Buffer'/);
    expect(out).toMatch(/probe\.ts\(4,\d+\).*'window'/);
    expect(out).not.toMatch(/probe\.ts\(5,/);
  });
});
