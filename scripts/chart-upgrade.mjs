#!/usr/bin/env node
// What moving the wizard to another release of the chart involves: the chart's templates added,
// removed and changed between the release the core is written for and NEW_TAG, with the module
// that ports each (src/core/chart/ports.ts), what changed in values.yaml and values.schema.yaml,
// and the steps to follow (README: "Moving to the next chart release").
//
//   node scripts/chart-upgrade.mjs NEW_TAG [--from TAG] [--git-dir DIR]
//
// --from defaults to the current release (src/core/data/chart-release.json); give it to look at
// another pair, e.g. `4.4.0 --from 4.3.0` for what the move to 4.4.0 was. NEW_TAG may be any ref
// of the mirror (a tag, a branch such as main, a commit). --git-dir defaults to the mirror the
// search tool's `fetch` brings (or Z2JH_GIT_DIR). It only reads the mirror; it changes nothing.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { CHART_DIR, DEFAULT_GIT_DIR, TEMPLATES_DIR, gitIn, parseArgs } from './chart/git.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const usage = 'usage: node scripts/chart-upgrade.mjs NEW_TAG [--from TAG] [--git-dir DIR]';

/** The chart files outside templates/ whose changes the core follows, and where it keeps them. */
const VALUES_FILES = {
  [`${CHART_DIR}/values.yaml`]:
    'src/core/data/values.defaults.json (made by prepare-chart.sh); a moved or renamed key also wants a rule in src/core/config/upgrade/rules/ and a look at src/core/features/',
  [`${CHART_DIR}/values.schema.yaml`]:
    'src/core/data/values.schema.structure.json (made by prepare-chart.sh), then `npm run schema:build` (src/core/validate/generated/)',
  [`${CHART_DIR}/Chart.yaml`]: 'src/core/data/chart-release.json (scripts/chart-data.mjs): the appVersion',
};

/** One changed file between two refs: its status letter (A, D, M, R…), path(s) and line counts. */
function changes(repo, from, to, paths) {
  const counts = new Map();
  for (const line of repo.git('diff', '--numstat', '-M', from, to, '--', ...paths).split('\n').filter(Boolean)) {
    const [added, removed, ...rest] = line.split('\t');
    // a rename prints `old => new` (or `dir/{old => new}`): keep the new path as the key
    const name = rest.join('\t').replace(/\{(.*) => (.*)\}/, '$2').replace(/^.* => /, '');
    counts.set(name, { added, removed });
  }
  return repo
    .git('diff', '--name-status', '-M', from, to, '--', ...paths)
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [status, a, b] = line.split('\t');
      const path = b ?? a;
      return { status: status[0], from: a, path, ...(counts.get(path) ?? { added: '?', removed: '?' }) };
    });
}

const inTemplates = (path) => path.slice(TEMPLATES_DIR.length + 1);
const lines = (c) => `+${c.added} -${c.removed}`;

function describePort(ports, template) {
  const port = ports[template];
  if (!port) return 'no entry in src/core/chart/ports.ts';
  if (port.kind === 'unused') return `not used (${port.why})`;
  const where = port.modules.map((m) => `src/core/chart/${m}`).join(', ');
  return port.kind === 'renders' ? where : `${where} (${port.kind}: ${port.what})`;
}

async function main() {
  const { options, positional } = parseArgs(process.argv.slice(2));
  const [to] = positional;
  if (!to || positional.length > 1) throw new Error(usage);
  const gitDir = options['git-dir'] ?? DEFAULT_GIT_DIR;
  const current = JSON.parse(readFileSync(join(root, 'src/core/data/chart-release.json'), 'utf8'));
  const from = options.from ?? current.version;
  const repo = gitIn(gitDir);
  for (const ref of [from, to]) if (!repo.hasRef(ref)) throw new Error(`${ref} is not a tag, branch or commit of the mirror at ${gitDir}`);
  const { TEMPLATE_PORTS: ports } = await tsImport('../src/core/chart/ports.ts', import.meta.url);

  const appVersion = (ref) => /^appVersion:\s*"?([^"\s]+)"?/m.exec(repo.show(ref, `${CHART_DIR}/Chart.yaml`))?.[1] ?? '?';
  const short = (ref) => repo.git('rev-parse', '--short', `${ref}^{commit}`).trim();
  const out = [];
  const say = (s = '') => out.push(s);

  say(`Chart ${current.name}: ${from} (${short(from)}, JupyterHub ${appVersion(from)}) → ${to} (${short(to)}, JupyterHub ${appVersion(to)})`);
  if (from !== current.version) say(`(the core is written for ${current.version}; the port modules below are today's)`);
  say(`mirror: ${gitDir}`);

  const templateChanges = changes(repo, from, to, [`${TEMPLATES_DIR}/`]);
  const added = templateChanges.filter((c) => c.status === 'A');
  const removed = templateChanges.filter((c) => c.status === 'D');
  const changed = templateChanges.filter((c) => c.status !== 'A' && c.status !== 'D');
  const list = (title, items, line) => {
    say();
    say(`${title}: ${items.length === 0 ? 'none' : items.length}`);
    for (const c of items) say(`  ${line(c)}`);
  };
  list('Templates added (port each, and add it to src/core/chart/ports.ts)', added, (c) => `A  ${inTemplates(c.path)}  ${lines(c)}`);
  list('Templates removed (drop their entries and the code that ports them)', removed, (c) => `D  ${inTemplates(c.path)}  ← ${describePort(ports, inTemplates(c.path))}`);
  list('Templates changed (read the diff, change the port)', changed, (c) => {
    const renamed = c.status === 'R' ? `${inTemplates(c.from)} → ` : '';
    return `${c.status}  ${renamed}${inTemplates(c.path)}  ${lines(c)}  → ${describePort(ports, inTemplates(c.from))}`;
  });

  const valuesChanges = changes(repo, from, to, Object.keys(VALUES_FILES));
  list('Chart values, schema and metadata changed', valuesChanges, (c) => `${c.status}  ${c.path}  ${lines(c)}  → ${VALUES_FILES[c.path]}`);

  const gitDirArg = relative(process.cwd(), gitDir).startsWith('..') ? gitDir : relative(process.cwd(), gitDir) || '.';
  const isRelease = /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(to);
  say();
  say('Steps:');
  if (!isRelease) say(`  (${to} is not a release tag: the steps make a chart versioned "${to}"; for a release, run this with its tag)`);
  say(`  1. ../shared/z2jh/golden/prepare-chart.sh ${gitDirArg} /tmp/z2jh ${to}`);
  say('  2. cp /tmp/z2jh/values.defaults.json /tmp/z2jh/values.schema.structure.json src/core/data/ && npm run -s schema:build');
  say(`  3. node scripts/chart-data.mjs ${to} --git-dir ${gitDirArg}      (chart-release.json: the version everywhere; chart-templates.json)`);
  say(`  4. port each template above: git --git-dir=${gitDirArg} diff ${from} ${to} -- ${TEMPLATES_DIR}/PATH`);
  say('  5. update src/core/chart/ports.ts, then: npx vitest run src/core/chart/ports.test.ts src/core/model');
  say('  6. scripts/golden/regenerate.sh /tmp/helm/helm /tmp/z2jh/jupyterhub, then: npx vitest run test/golden   (helm renders the new chart; the core must match it)');
  say('  7. re-read what the core says about the chart (config/upgrade/rules, validate/schema/removed-keys.ts, validate/rules, features) against the new release, then the whole test suite');
  return out.join('\n');
}

main().then(
  (text) => console.log(text),
  (e) => {
    console.error(e.message);
    process.exit(e.message === usage ? 2 : 1);
  },
);
