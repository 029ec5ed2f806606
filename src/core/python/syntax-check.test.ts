import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkPythonSyntax, type PythonDiagnostic } from './syntax-check.ts';
import { extraConfigSnippets } from './cpython-oracle/real-snippets.ts';

// What the checker says on chosen snippets: its messages and lines (CPython 3.12's lines; see
// cpython-oracle.test.ts for the corpus-wide comparison with CPython itself).
const corpusDir = fileURLToPath(new URL('../../../../shared/corpus/real-configs/', import.meta.url));

function corpusSnippets(): string[] {
  let files: string[];
  try {
    files = readdirSync(corpusDir).filter((f) => f.endsWith('.yaml'));
  } catch {
    return [];
  }
  return files.sort().flatMap((f) => extraConfigSnippets(readFileSync(join(corpusDir, f), 'utf8')));
}

const first = (src: string): PythonDiagnostic | undefined => checkPythonSyntax(src)[0];

describe('checkPythonSyntax: valid code gives no diagnostic', () => {
  it('accepts every extraConfig snippet of the real configs (all compile under CPython 3.12)', () => {
    const snippets = corpusSnippets();
    expect(snippets.length).toBeGreaterThan(30);
    expect(snippets.filter((s) => checkPythonSyntax(s).length > 0)).toEqual([]);
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
    // what the checker used to call an error (issue 19)
    ['print as a name', 'print = log.info\nprint += 1\n'],
    ['f-string spec starting with =', 'title = "x"\nline = f"{title:=^40}"\n'],
    ['a replacement field over two lines (3.12)', 'x = f"{a +\n   b}"\n'],
    ['starred subscripts and annotations', 'x[*idx]\nAlias = tuple[*Ts]\ndef f(*args: *Ts): pass\n'],
    ['a decorator that is any expression', '@buttons[0].clicked.connect\ndef on_click(): pass\n'],
    ['for over starred items', 'for x in *a, *b:\n    pass\n'],
    ['match on a tuple, a joined string, an empty mapping', 'match x, y:\n    case "a" "b":\n        pass\n    case {}:\n        pass\n'],
    ['lambdas with / and a trailing comma', 'f = lambda a, /, b: a\ng = lambda a, b,: a\n'],
    ['with … as an attribute', 'with a as b.c:\n    pass\n'],
    ['a walrus in a set display', '{y := 1}\n'],
    ['an async generator expression in a plain def', 'def f():\n    return (x async for x in y)\n'],
    ['a deeper whitespace-only last line, no final newline (typing)', 'def hook(spawner):\n    pass\n        '],
    ['type aliases and type parameters (3.12)', 'type X = int\ndef first[T](items: list[T]) -> T: ...\n'],
    ['except*', 'try:\n    pass\nexcept* (A, B) as e:\n    pass\n'],
    ['nonlocal bound in an enclosing function', 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n'],
    ['escapes CPython only warns about', 's = "\\d \\w \\q"\nb = rb"\\x"\n'],
    ['a keyword glued to a number (a warning only)', 'x = 1if y else 2\n'],
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
    ['mismatched closer', 'x = [1, 2)\n', 1, /closing '\)' does not match the opening '\[' on line 1/],
    ['mismatched closer on another line', 'x = (\n  1,\n  2]\n', 3, /closing '\]' does not match the opening '\(' on line 1/],
    ['unclosed string', "c.KubeSpawner.image = 'jupyter/base\nc.KubeSpawner.cpu_limit = 1\n", 1, /unclosed string/],
    ['unclosed triple-quoted string', 'x = 1\nhtml = """\n<p>hi</p>\n', 2, /unclosed triple-quoted string/],
    ['unexpected indent', 'x = 1\n    y = 2\n', 2, /unexpected indent/],
    ['unexpected indent on the first line', '  c.Spawner.cmd = []\n', 1, /unexpected indent/],
    ['missing indented block', 'def f():\nreturn 1\n', 2, /expected an indented block after function definition on line 1/],
    ['block at end of snippet', 'for x in y:\n', 1, /expected an indented block after 'for' statement/],
    ['unindent mismatch', 'if a:\n        x = 1\n    y = 2\n', 3, /unindent does not match/],
    ['tabs and spaces mixed', 'if a:\n\tx = 1\n        y = 2\n', 3, /inconsistent use of tabs and spaces/],
    ['operator with nothing after', 'x = 1 +\n', 1, /expected an expression after `\+`/],
    ['two names in a row', 'foo(a b)\n', 1, /Perhaps you forgot a comma between `a` and `b`\?/],
    ['dangling else', 'x = 1\nelse:\n    pass\n', 2, /'else' has no matching 'if'/],
    ['import with no module', 'import\n', 1, /expected a module name after 'import'/],
    ['print statement', "print 'hello'\n", 1, /Missing parentheses in call to 'print'/],
    ['smart quotes', 'c.KubeSpawner.image = “jupyter/base”\n', 1, /invalid character '“' \(U\+201C\)/],
    ['non-breaking space', 'x = 1\u00a0+ 2\n', 1, /non-printable character U\+00A0/],
    ['character after backslash', 'x = 1 + \\ 2\n', 1, /after line continuation character/],
    ['leading zero', 'c.KubeSpawner.fs_gid = 0100\n', 1, /leading zeros/],
    ['python 2 not-equal', 'if a <> b:\n    pass\n', 1, /'<>' is Python 2/],
    ['python 2 except', 'try:\n    pass\nexcept KeyError, e:\n    pass\n', 3, /multiple exception types must be parenthesized/],
    ['return at top level', 'x = 1\nreturn x\n', 2, /'return' outside function/],
    ['await in plain def', 'def f(s):\n    await s.start()\n', 2, /'await' outside async function: make it 'async def'/],
    ['break outside loop', 'if x:\n    break\n', 2, /'break' outside loop/],
    ['assignment to a call', 'get_config("x") = 1\n', 1, /cannot assign to function call here. Maybe you meant '==' instead of '='\?/],
    ['assignment to None', 'None = 1\n', 1, /cannot assign to None/],
    ['positional after keyword', 'f(a=1, b)\n', 1, /positional argument follows keyword argument/],
    ['repeated keyword', 'f(a=1, a=2)\n', 1, /keyword argument repeated: a/],
    ['default before non-default', 'def f(a=1, b):\n    pass\n', 1, /parameter without a default follows parameter with a default/],
    ['f-string single brace', 'x = f"{a}}"\n', 1, /f-string: single '}' is not allowed/],
  ])('%s', (_name, source, line, message) => {
    const d = first(source);
    expect(d, 'a diagnostic').toBeDefined();
    expect(d!.line).toBe(line);
    expect(d!.message).toMatch(message);
  });

  it('gives 1-based line and column ranges on one line', () => {
    expect(checkPythonSyntax('x = 1\nfoo(a b)\n')).toEqual([
      { line: 2, column: 5, endLine: 2, endColumn: 8, message: expect.stringContaining('Perhaps you forgot a comma') },
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

  // The old checker said "'{' was never closed" here; CPython stops at the key on line 3.
  it('after an unclosed bracket, reports what CPython does and no echoes', () => {
    const d = checkPythonSyntax('x = {\n  "a": 1,\ny = 2\nif y:\n    z = [\n');
    expect(d[0]).toMatchObject({ line: 3, message: expect.stringMatching(/':' expected after dictionary key/) });
    expect(d.slice(1).map((x) => x.message)).toEqual(["'[' was never closed"]);
  });

  it('puts the error CPython reports first, the others after in source order', () => {
    const d = checkPythonSyntax('def f(a b):\n    pass\nx = "unclosed\n');
    expect(d.map((x) => x.line)).toEqual([3, 1]);
    expect(d[0]!.message).toMatch(/unclosed string/);
  });
});

// One test per kind of error of issue 19, at CPython 3.12's line with a message at least as clear.
describe('checkPythonSyntax: what CPython 3.12 refuses at compile time', () => {
  it.each([
    ['missing comma between dict items', 'x = {\n  "a": 1\n  "b": 2\n}\n', 2, /Perhaps you forgot a comma at the end of line 2/],
    ['missing comma between two joined strings', 'x = {\n  "a": "x"\n  "b": 2\n}\n', 3, /forgot a comma at the end of line 2\? \(strings next to each other are joined/],
    ['missing comma between two profiles', 'profile_list = [\n  {\n    "a": 1,\n  }\n  {\n    "b": 2,\n  },\n]\n', 2, /Perhaps you forgot a comma at the end of line 4 \(before the item on line 5\)/],
    ['= for == in an if', 'if x = 1:\n    pass\n', 1, /Maybe you meant '==' or ':=' instead of '='\?/],
    ['a Windows path', 'c.JupyterHub.template_paths = ["C:\\Users\\name"]\n', 1, /truncated \\UXXXXXXXX escape.*raw string/],
    ['a bad \\N escape', 'x = "\\N"\n', 1, /malformed \\N character escape/],
    ['bytes with non-ASCII', 'x = b"é"\n', 1, /bytes can only contain ASCII literal characters/],
    ['an invalid target in a tuple', '(a, 1) = x\n', 1, /cannot assign to literal/],
    ['an augmented call', 'f() += 1\n', 1, /'function call' is an illegal expression for augmented assignment/],
    ['del of a call', 'del f()\n', 1, /cannot delete function call/],
    ['a literal loop variable', 'for 1 in x:\n    pass\n', 1, /cannot assign to literal/],
    ['nonlocal at module level', 'nonlocal x\n', 1, /nonlocal declaration not allowed at module level/],
    ['nonlocal without a binding', 'def f():\n    nonlocal x\n', 2, /no binding for nonlocal 'x' found/],
    ['global after assignment', 'def f():\n    x = 1\n    global x\n', 3, /name 'x' is assigned to before global declaration/],
    ['a parameter declared global', 'def f(x):\n    global x\n', 2, /name 'x' is parameter and global/],
    ['try without except or finally', 'try:\n    x = 1\ny = 2\n', 3, /expected 'except' or 'finally' block/],
    ['async for outside async def', 'def f():\n    async for x in y:\n        pass\n', 2, /'async for' outside async function/],
    ['async with at module level', 'async with x:\n    pass\n', 1, /'async with' outside async function/],
    ['an async list comprehension in a plain def', 'def f():\n    return [x async for x in y]\n', 2, /asynchronous comprehension outside of an asynchronous function/],
    ['an unreachable case', 'match x:\n    case _:\n        pass\n    case 1:\n        pass\n', 2, /wildcard makes remaining patterns unreachable/],
    ['a capture before other cases', 'match x:\n    case y:\n        pass\n    case 1:\n        pass\n', 2, /name capture 'y' makes remaining patterns unreachable/],
    ['alternatives binding different names', 'match x:\n    case (a, b) | (a, c):\n        pass\n', 2, /alternative patterns bind different names/],
    ['a starred target alone', '*a = 1\n', 1, /starred assignment target must be in a list or tuple/],
    ['two starred targets', 'a, *b, *c = 1\n', 1, /multiple starred expressions in assignment/],
    ['a starred value', 'x = *a\n', 1, /can't use starred expression here/],
    ['a starred group', '(*a)\n', 1, /cannot use starred expression here/],
    ['a generator argument among others', 'f(x for x in y, 1)\n', 1, /Generator expression must be parenthesized/],
    ['a duplicate parameter', 'def f(a, a):\n    pass\n', 1, /duplicate argument 'a' in function definition/],
    ['a bare * with nothing after', 'def f(*): pass\n', 1, /named arguments must follow bare \*/],
    ['/ after *', 'def f(*, a, /): pass\n', 1, /\/ must be ahead of \*/],
    ['except and except* mixed', 'try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass\n', 5, /cannot have both 'except' and 'except\*' on the same 'try'/],
    ['break in an except* block', 'for x in y:\n    try:\n        pass\n    except* A:\n        break\n', 5, /'break', 'continue' and 'return' cannot appear in an except\* block/],
    ['a late __future__ import', 'x = 1\nfrom __future__ import annotations\n', 2, /from __future__ imports must occur at the beginning of the file/],
    ['an unknown __future__ feature', 'from __future__ import nope\n', 1, /future feature nope is not defined/],
    ['1__000', 'x = 1__000\n', 1, /invalid decimal literal/],
    ['an indented line after a one-line if', 'if x: pass\n    y = 1\n', 2, /unexpected indent/],
    ['an f-string lambda', 'x = f"{lambda x: 1}"\n', 1, /f-string: lambda expressions are not allowed without parentheses/],
  ])('%s', (_name, source, line, message) => {
    const d = first(source);
    expect(d, 'a diagnostic').toBeDefined();
    expect(d!.message).toMatch(message);
    expect(d!.line).toBe(line);
  });
});

// Speed is measured by `npx tsx scripts/bench/python-check.ts`, never by a timed assertion here.
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

  it('survives nesting too deep for its parser, keeping what the tokenizer found', () => {
    expect(checkPythonSyntax('x = ' + '-'.repeat(20000) + '1\n')).toEqual([]);
    expect(first('x = ' + '('.repeat(300) + '1' + ')'.repeat(300) + '\n')?.message).toMatch(/too many nested parentheses/);
  });
});
