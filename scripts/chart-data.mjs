#!/usr/bin/env node
// Writes the facts about one chart release that the core keeps as data, read from a git mirror of
// jupyterhub/zero-to-jupyterhub-k8s (names and versions only: no template, Python file or prose
// of the chart is copied):
//   src/core/data/chart-release.json    the chart's name, version, appVersion and kubeVersion
//                                       (model/chart-release.ts, the one source of the version)
//   src/core/data/chart-templates.json  the paths of the files under jupyterhub/templates/
//                                       (chart/ports.ts names the module porting each)
//
//   node scripts/chart-data.mjs TAG [--git-dir DIR] [--stdout]
//
// The version is the tag: in git, Chart.yaml holds chartpress's placeholder, which the release
// process (and ../shared/z2jh/golden/prepare-chart.sh) replaces by the tag.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CHART_DIR, DEFAULT_GIT_DIR, gitIn, parseArgs } from './chart/git.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The two data files' contents for chart release `tag`. */
export function chartData(tag, gitDir = DEFAULT_GIT_DIR) {
  const repo = gitIn(gitDir);
  if (!repo.hasRef(tag)) throw new Error(`${tag} is not a tag or commit of the mirror at ${gitDir}`);
  const chart = parse(repo.show(tag, `${CHART_DIR}/Chart.yaml`));
  const release = { name: String(chart.name), version: tag, appVersion: String(chart.appVersion), kubeVersion: String(chart.kubeVersion) };
  const templates = { version: tag, templates: repo.templatesAt(tag) };
  return { release, templates };
}

function main() {
  const { options, positional } = parseArgs(process.argv.slice(2), ['stdout']);
  const [tag] = positional;
  if (!tag) {
    console.error('usage: node scripts/chart-data.mjs TAG [--git-dir DIR] [--stdout]');
    process.exit(2);
  }
  const { release, templates } = chartData(tag, options['git-dir']);
  const files = {
    'src/core/data/chart-release.json': release,
    'src/core/data/chart-templates.json': templates,
  };
  for (const [file, data] of Object.entries(files)) {
    const text = JSON.stringify(data, null, 1) + '\n';
    if (options.stdout) process.stdout.write(`# ${file}\n${text}`);
    else {
      writeFileSync(join(root, file), text);
      console.log(`wrote ${file}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
