// Reading the chart from a git mirror of jupyterhub/zero-to-jupyterhub-k8s, for the chart scripts.
// The mirror is a bare repository (the search tool's `fetch` brings one); nothing is checked out.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where the mirror usually is on the project's machines; `--git-dir DIR` or Z2JH_GIT_DIR overrides it. */
export const DEFAULT_GIT_DIR = process.env.Z2JH_GIT_DIR ?? '/work/.mirror/jupyterhub+zero-to-jupyterhub-k8s/repo';

/** The chart's folder in the repository, and its templates folder. */
export const CHART_DIR = 'jupyterhub';
export const TEMPLATES_DIR = `${CHART_DIR}/templates`;

/** `--name VALUE` options and positional arguments, from process.argv-like lists. */
export function parseArgs(argv, flags = []) {
  const options = {};
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (flags.includes(name)) options[name] = true;
      else {
        const value = argv[++i];
        if (value === undefined) throw new Error(`${a} needs a value`);
        options[name] = value;
      }
    } else positional.push(a);
  }
  return { options, positional };
}

/** A runner of git commands against `gitDir`, refusing early when there is no repository there. */
export function gitIn(gitDir) {
  if (!existsSync(gitDir)) {
    throw new Error(`no git mirror of zero-to-jupyterhub-k8s at ${gitDir} (fetch one, or pass --git-dir DIR)`);
  }
  const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return {
    git,
    /** whether `ref` names a commit in the mirror */
    hasRef: (ref) => {
      try {
        git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
        return true;
      } catch {
        return false;
      }
    },
    /** the paths of the files under jupyterhub/templates/ at `ref`, relative to that folder, sorted */
    templatesAt: (ref) =>
      git('ls-tree', '-r', '--name-only', ref, `${TEMPLATES_DIR}/`)
        .split('\n')
        .filter(Boolean)
        .map((p) => p.slice(TEMPLATES_DIR.length + 1))
        .sort(),
    /** a file's text at `ref` */
    show: (ref, path) => git('show', `${ref}:${path}`),
  };
}
