// CPython 3.12 as the judge of the Python check (issue 19). The npm package `pyodide` (a
// devDependency) ships CPython 3.12 compiled to WebAssembly; it is loaded once from the package's
// own files (nothing is downloaded) and asked `compile(source, '<snippet>', 'exec')` for every
// snippet of two corpora: the one the checker was tuned on, and a held-out one it never saw
// (see cpython-oracle/corpus.ts), built from the real snippets, the standard library and more.
// The test fails on any false error (CPython compiles what the checker calls an error) and below
// 97% valid/invalid agreement; it prints the figures, line agreement included.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPyodide, type PyodideInterface } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPythonSyntax } from './syntax-check.ts';
import { describeAgreement, describeDisagreement, measureAgreement, type CheckerVerdict, type CorpusEntry, type CPythonVerdict } from './cpython-oracle/agreement.ts';
import { heldOutCorpus, tuningCorpus, type CorpusSources } from './cpython-oracle/corpus.ts';
import { extraConfigSnippets } from './cpython-oracle/real-snippets.ts';

const MIN_AGREEMENT = 0.97;
const corpusDir = fileURLToPath(new URL('../../../../shared/corpus/real-configs/', import.meta.url));
const pyodideDir = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));

function realSnippets(): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => extraConfigSnippets(readFileSync(join(corpusDir, f), 'utf8')));
}

// Compiles a JSON list of sources; SyntaxWarnings (invalid escapes, `1if`) are not errors.
// stdlib_modules: the standard library's sources, from the zip pyodide imports them from.
const COMPILE_ALL = `
import json, warnings, zipfile
def stdlib_modules():
    with zipfile.ZipFile('/lib/python312.zip') as z:
        return json.dumps([z.read(n).decode('utf-8') for n in sorted(z.namelist()) if n.endswith('.py')])
def compile_all(sources_json):
    out = []
    for source in json.loads(sources_json):
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            try:
                compile(source, '<snippet>', 'exec')
                out.append(None)
            except SyntaxError as e:
                out.append({'type': type(e).__name__, 'message': e.msg, 'line': e.lineno or 1})
    return json.dumps(out)
`;

let python: PyodideInterface;
let compileAll: (sourcesJson: string) => string;
let sources: CorpusSources;

function cpythonVerdicts(corpus: readonly CorpusEntry[]): CPythonVerdict[] {
  return JSON.parse(compileAll(JSON.stringify(corpus.map((e) => e.source)))) as CPythonVerdict[];
}

function checkerVerdicts(corpus: readonly CorpusEntry[]): CheckerVerdict[] {
  return corpus.map((e) => checkPythonSyntax(e.source).map((d) => ({ line: d.line, message: d.message })));
}

function judge(label: string, corpus: readonly CorpusEntry[]): void {
  const agreement = measureAgreement(corpus, cpythonVerdicts(corpus), checkerVerdicts(corpus));
  console.log(describeAgreement(label, agreement));
  const falseErrors = agreement.falseErrors.map(describeDisagreement);
  expect(falseErrors, 'snippets CPython compiles but the checker calls an error').toEqual([]);
  const share = agreement.agreeing / agreement.total;
  if (share < MIN_AGREEMENT) {
    console.log(agreement.missed.slice(0, 40).map(describeDisagreement).join('\n'));
  }
  expect(share, 'valid/invalid agreement with CPython').toBeGreaterThanOrEqual(MIN_AGREEMENT);
}

describe('the Python check against CPython 3.12 (pyodide)', () => {
  beforeAll(async () => {
    python = await loadPyodide({ indexURL: pyodideDir + '/' });
    python.runPython(COMPILE_ALL);
    compileAll = python.globals.get('compile_all') as (sourcesJson: string) => string;
    const stdlib = JSON.parse((python.globals.get('stdlib_modules') as () => string)()) as string[];
    sources = { real: realSnippets(), stdlib };
  }, 120_000);

  it('runs CPython 3.12 from the package, with no package loaded', () => {
    expect(python.runPython('import sys; sys.version')).toMatch(/^3\.12\./);
    expect(Object.keys(python.loadedPackages)).toEqual([]);
  });

  it('finds the real extraConfig snippets and the standard library', () => {
    expect(sources.real.length).toBeGreaterThan(30);
    expect(sources.stdlib.length).toBeGreaterThan(300);
  });

  it('the comparison does catch a false error and a missed one', () => {
    const corpus: CorpusEntry[] = [{ kind: 'modern', source: 'x = 1\n' }, { kind: 'mistake', source: 'x = (\n' }];
    const verdicts = cpythonVerdicts(corpus);
    expect(verdicts[0]).toBeNull();
    expect(verdicts[1]).toMatchObject({ type: 'SyntaxError', line: 1 });
    const wrong = measureAgreement(corpus, verdicts, [[{ line: 1, message: 'nonsense' }], []]);
    expect(wrong.falseErrors).toHaveLength(1);
    expect(wrong.missed).toHaveLength(1);
    expect(wrong.agreeing).toBe(0);
  });

  it('tuning corpus: no false error, at least 97% agreement', () => {
    judge('tuning corpus', tuningCorpus(sources));
  }, 300_000);

  it('held-out corpus: no false error, at least 97% agreement', () => {
    judge('held-out corpus', heldOutCorpus(sources));
  }, 300_000);
});
