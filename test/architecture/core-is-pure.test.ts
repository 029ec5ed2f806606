import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The core is shared by the browser and the Node CLI: it must not reach for React, the DOM or
// Node's own modules. This test is the rule's enforcement (the STYLE guide's no-restricted-imports).
const coreDir = join(import.meta.dirname, '../../src/core');

const forbiddenImports = [/^react(-dom)?(\/|$)/, /^node:/, /^(fs|path|os|child_process|url|crypto)$/, /\/ui\//, /\/cli\//, /^@monaco-editor\//, /^monaco-editor/];
const forbiddenGlobals = /\b(window|document|localStorage|sessionStorage|navigator|location|process)\s*[.[]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

export function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const re = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(re)) specifiers.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  return specifiers;
}

describe('src/core', () => {
  const files = sourceFiles(coreDir);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(coreDir, f), f]))('%s imports no React, DOM, Node or UI module', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const bad = importsOf(source).filter((spec) => forbiddenImports.some((re) => re.test(spec)));
    expect(bad).toEqual([]);
    // Comments and string literals may mention `document.` in prose; only code counts.
    const code = source
      .replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
      .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
    expect(code.match(forbiddenGlobals)?.[0] ?? null).toBeNull();
  });

  it('the global scan does catch DOM use in code', () => {
    expect("const w = window.innerWidth;".match(forbiddenGlobals)?.[0]).toBe('window.');
  });

  it('the import scan does catch a forbidden import', () => {
    expect(importsOf("import { useState } from 'react';\nimport fs from 'node:fs';")).toEqual(['react', 'node:fs']);
  });
});
