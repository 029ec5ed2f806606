import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { checkPythonSyntax, type PythonDiagnostic } from './syntax-check.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const corpusDir = join(repoRoot, '..', 'shared', 'corpus', 'real-configs');

/** Every `extraConfig` snippet (dict values or an old-style string) in the real configs. */
function corpusSnippets(): { name: string; source: string }[] {
  let files: string[];
  try {
    files = readdirSync(corpusDir).filter((f) => f.endsWith('.yaml'));
  } catch {
    return [];
  }
  const out: { name: string; source: string }[] = [];
  const walk = (node: unknown, file: string, path: string) => {
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, file, `${path}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'extraConfig' && typeof v === 'string') out.push({ name: `${file} ${path}.${k}`, source: v });
        else if (k === 'extraConfig' && v && typeof v === 'object' && !Array.isArray(v)) {
          for (const [kk, vv] of Object.entries(v)) {
            if (typeof vv === 'string') out.push({ name: `${file} ${path}.${k}.${kk}`, source: vv });
          }
        } else walk(v, file, `${path}.${k}`);
      }
    }
  };
  for (const f of files.sort()) {
    for (const doc of parseAllDocuments(readFileSync(join(corpusDir, f), 'utf8'))) {
      if (!('errors' in doc) || doc.errors.length === 0) walk(doc.toJS(), f, '');
    }
  }
  return out;
}

/** When python3 is around, let CPython say which snippets are valid; else trust they are. */
function cpythonAccepts(sources: string[]): boolean[] | null {
  const r = spawnSync(
    'python3',
    ['-c', 'import json,sys\nout=[]\nfor s in json.load(sys.stdin):\n  try:\n    compile(s,"x","exec"); out.append(True)\n  except SyntaxError: out.append(False)\nprint(json.dumps(out))'],
    { input: JSON.stringify(sources), encoding: 'utf8' },
  );
  if (r.status !== 0 || !r.stdout) return null;
  return JSON.parse(r.stdout) as boolean[];
}

const first = (src: string): PythonDiagnostic | undefined => checkPythonSyntax(src)[0];

describe('checkPythonSyntax: valid code gives no diagnostic', () => {
  const snippets = corpusSnippets();

  it('finds the extraConfig snippets of the real configs', () => {
    expect(snippets.length).toBeGreaterThan(30);
  });

  it('accepts every valid extraConfig snippet of the real configs', () => {
    const valid = cpythonAccepts(snippets.map((s) => s.source));
    const complaints = snippets
      .filter((_, i) => !valid || valid[i])
      .map((s) => ({ name: s.name, diagnostics: checkPythonSyntax(s.source) }))
      .filter((r) => r.diagnostics.length > 0);
    expect(complaints).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['comment only', '# nothing here\n'],
    ['typical traits', "c.KubeSpawner.image = 'jupyter/scipy-notebook:2024-01-01'\nc.KubeSpawner.cpu_limit = 2.\nc.KubeSpawner.mem_limit = '4G'\n"],
    ['z2jh helpers', "from z2jh import get_config, set_config_if_not_none\nset_config_if_not_none(c.Authenticator, 'admin_users', 'custom.admins')\nc.JupyterHub.template_vars = get_config('custom.templateVars', {})\n"],
    ['async hook', 'async def hook(spawner):\n    groups = [g.name for g in spawner.user.groups]\n    if "x" in groups:\n        spawner.cpu_limit = 4\n    await spawner.user.save()\n\nc.KubeSpawner.pre_spawn_hook = hook\n'],
    ['bare yield and float with trailing dot', 'def gen():\n    yield\n    x = 20. * 3.\n'],
    ['f-strings with nested braces', 'name = "x"\nmsg = f"{name!r:>{10}} {{literal}} {\'q\'}"\n'],
    ['line continuation and brackets across lines', 'x = 1 + \\\n    2\ny = [\n  1,\n    2,\n]\n'],
    ['tabs used consistently', 'if True:\n\tx = 1\n\tif x:\n\t\ty = 2\n'],
    ['CRLF line endings', 'if True:\r\n    x = 1\r\nc.Spawner.cmd = ["a"]\r\n'],
    ['decorators, classes, try/except', 'class A(object):\n    @property\n    def p(self):\n        try:\n            return 1\n        except (KeyError, ValueError) as e:\n            raise RuntimeError() from e\n        finally:\n            pass\n'],
    ['match statement', 'match x:\n    case {"a": 1}:\n        pass\n    case Foo():\n        pass\n    case _:\n        pass\n'],
    ['walrus, lambda, star args', 'if (n := len(a)) > 1:\n    f = lambda *a, **k: (a, k)\n    f(*a, key=1, **k)\n'],
    ['unicode identifiers and strings', 'café = "naïve — ok"\n'],
    ['parenthesized with items and tuple targets', 'with (\n    open("a") as f,\n    open("b") as g,\n):\n    pass\nwith ctx() as (x, y):\n    pass\n'],
    ['f-string format specs and raw f-strings', 'a = f"<{id(x):#x} {v:>{w}}>"\nb = rf"C:\\{name}"\n'],
    ['keyword-only parameter after default', 'def f(a=1, *, b, c=2, **kw):\n    pass\n'],
  ])('%s', (_name, source) => {
    expect(checkPythonSyntax(source)).toEqual([]);
  });
});

describe('checkPythonSyntax: broken code', () => {
  it.each([
    ['missing colon after if', 'x = 1\nif x == 1\n    y = 2\n', 2, /expected ':'/],
    ['missing colon after def', 'def hook(spawner)\n    pass\n', 1, /expected ':'/],
    ['unclosed paren at EOF', "c.KubeSpawner.environment = dict(\n    A='1',\n", 1, /'\(' was never closed/],
    ['unclosed list mid-snippet', "c.Spawner.cmd = ['a', 'b'\nc.Spawner.args = []\n", 1, /'\[' was never closed/],
    ['unmatched closer', "c.Spawner.cmd = 'a')\n", 1, /unmatched '\)'/],
    ['mismatched closer', "x = [1, 2)\n", 1, /does not match the opening '\['/],
    ['unclosed string', "c.KubeSpawner.image = 'jupyter/base\nc.KubeSpawner.cpu_limit = 1\n", 1, /unclosed string/],
    ['unclosed triple-quoted string', 'x = 1\nhtml = """\n<p>hi</p>\n', 2, /unclosed triple-quoted string/],
    ['unexpected indent', 'x = 1\n    y = 2\n', 2, /unexpected indent/],
    ['unexpected indent on the first line', '  c.Spawner.cmd = []\n', 1, /unexpected indent/],
    ['missing indented block', 'def f():\nreturn 1\n', 2, /expected an indented block after function definition on line 1/],
    ['block at end of snippet', 'for x in y:\n', 1, /expected an indented block after 'for' statement/],
    ['unindent mismatch', 'if a:\n        x = 1\n    y = 2\n', 3, /unindent does not match/],
    ['tabs and spaces mixed', 'if a:\n\tx = 1\n        y = 2\n', 3, /inconsistent use of tabs and spaces/],
    ['operator with nothing after', 'x = 1 +\n', 1, /expected an expression after `\+`/],
    ['two names in a row', 'foo(a b)\n', 1, /invalid syntax near `b`: perhaps a comma/],
    ['dangling else', 'x = 1\nelse:\n    pass\n', 2, /'else' has no matching 'if'/],
    ['import with no module', 'import\n', 1, /expected a module name after 'import'/],
    ['print statement', "print 'hello'\n", 1, /missing parentheses in call to 'print'/],
    ['smart quotes', 'c.KubeSpawner.image = “jupyter/base”\n', 1, /invalid character '“' \(U\+201C\)/],
    ['non-breaking space', 'x = 1\u00a0+ 2\n', 1, /non-printable character U\+00A0/],
    ['character after backslash', 'x = 1 + \\ 2\n', 1, /after line continuation character/],
    ['leading zero', 'c.KubeSpawner.fs_gid = 0100\n', 1, /leading zeros/],
    ['python 2 not-equal', 'if a <> b:\n    pass\n', 1, /'<>' is Python 2/],
    ['python 2 except', 'try:\n    pass\nexcept KeyError, e:\n    pass\n', 3, /multiple exception types must be in parentheses/],
    ['return at top level', 'x = 1\nreturn x\n', 2, /'return' outside a function/],
    ['await in plain def', 'def f(s):\n    await s.start()\n', 2, /'await' outside an async function/],
    ['break outside loop', 'if x:\n    break\n', 2, /'break' outside a loop/],
    ['assignment to a call', 'get_config("x") = 1\n', 1, /cannot assign to a function call/],
    ['assignment to None', 'None = 1\n', 1, /cannot assign to None/],
    ['positional after keyword', 'f(a=1, b)\n', 1, /positional argument follows keyword argument/],
    ['repeated keyword', 'f(a=1, a=2)\n', 1, /keyword argument repeated: a/],
    ['default before non-default', 'def f(a=1, b):\n    pass\n', 1, /'b' without a default/],
    ['f-string single brace', 'x = f"{a}}"\n', 1, /single '}' in an f-string/],
  ])('%s', (_name, source, line, message) => {
    const d = first(source);
    expect(d, 'a diagnostic').toBeDefined();
    expect(d!.line).toBe(line);
    expect(d!.message).toMatch(message);
  });

  it('gives 1-based line and column ranges on one line', () => {
    expect(checkPythonSyntax('x = 1\nfoo(a b)\n')).toEqual([
      { line: 2, column: 7, endLine: 2, endColumn: 8, message: expect.stringContaining('near `b`') },
    ]);
  });

  it('merges errors on the same line into one marker', () => {
    const d = checkPythonSyntax('x = (1 2 3 4)\n');
    expect(d).toHaveLength(1);
    expect(d[0]!.line).toBe(1);
  });

  it('reports separate errors on separate lines', () => {
    const d = checkPythonSyntax('x = 1 +\ny = 2\nz = 3 *\n');
    expect(d.map((x) => x.line)).toEqual([1, 3]);
  });

  it('never marks past the end of a line, even for zero-width errors at the end', () => {
    const src = 'if x == 1\n    y = 2\n';
    const d = first(src)!;
    const lineText = src.split('\n')[d.line - 1]!;
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.endColumn).toBeLessThanOrEqual(lineText.length + 1);
    expect(d.endColumn).toBeGreaterThan(d.column);
  });

  it('stays quiet about the rest after an unclosed bracket (no echo errors)', () => {
    const d = checkPythonSyntax('x = {\n  "a": 1,\ny = 2\nif y:\n    z = [\n');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toMatch(/never closed/);
  });
});

// Speed is measured by `npm run bench`, never by a timed assertion here.
describe('checkPythonSyntax: a long snippet', () => {
  it('accepts a 50-line snippet of hooks', () => {
    const lines: string[] = [];
    for (let i = 0; i < 10; i++) {
      lines.push(
        `def hook_${i}(spawner):`,
        `    groups = [g.name for g in spawner.user.groups]`,
        `    if "admin-${i}" in groups:`,
        `        spawner.environment["LEVEL"] = f"{len(groups)}"`,
        `c.KubeSpawner.pre_spawn_hook = hook_${i}`,
      );
    }
    const src = lines.join('\n') + '\n';
    expect(checkPythonSyntax(src)).toEqual([]);
    expect(checkPythonSyntax(src.replace('hook_3(spawner):', 'hook_3(spawner)'))).toHaveLength(1);
  });
});
