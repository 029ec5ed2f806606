import { formatPath, isObject, type Json, type JsonObject, type Path } from '../../model/json.ts';
import { getIn } from '../../model/paths.ts';

/**
 * Whether an imported config.yaml was written for chart 3.x or older, and how that was told: the
 * first 4.x release changed what a running hub does with the same values (KubeSpawner 7's names,
 * JupyterHub 5's database, traefik v3 …), so those changes are worth saying only for such a file.
 *
 * A clue is something only an older chart's file holds: a setting the chart removed or renamed
 * before 4.0 (read from the file as written, before the upgrade moves it), an image tag of an
 * older chart's own images, or a comment naming an older chart version. A file without any is
 * taken as written for 4.x: nothing in the file can tell a 3.x file that uses no such key.
 */
export function olderChartClues(values: JsonObject, text = ''): string[] {
  const clues: string[] = [];
  for (const [path, gone] of OLD_KEYS) {
    if (getIn(values, path) !== undefined) clues.push(`\`${formatPath(path)}\`, a setting gone in chart ${gone}`);
  }
  const extraConfig = getIn(values, ['hub', 'extraConfig']);
  if (typeof extraConfig === 'string') clues.push('`hub.extraConfig` as one string (a mapping since chart 1.0.0)');
  if (Array.isArray(getIn(values, ['prePuller', 'extraImages']))) clues.push('`prePuller.extraImages` as a list (a mapping since chart 0.8.0)');
  if (getIn(values, ['singleuser', 'storage', 'type']) === 'hostPath') clues.push('`singleuser.storage.type: hostPath` (gone in chart 0.8.0)');
  for (const clue of imageClues(values)) clues.push(clue);
  const comment = versionComment(text);
  if (comment) clues.push(comment);
  return clues;
}

/** Settings of charts before 4.0, with the release that removed them (REFERENCE.md §6, the changelog). */
const OLD_KEYS: readonly (readonly [Path, string])[] = [
  [['auth'], '1.0.0 (now under hub.config)'],
  [['hub', 'extraConfigMap'], '2.0.0 (now custom)'],
  [['hub', 'uid'], '1.0.0'],
  [['hub', 'fsGid'], '2.0.0'],
  [['rbac', 'enabled'], '2.0.0'],
  [['singleuser', 'schedulerStrategy'], '1.0.0'],
  [['singleuser', 'cloudMetadata', 'enabled'], '1.0.0 (now blockWithIptables)'],
  [['proxy', 'networkPolicy'], '1.0.0 (now proxy.chp.networkPolicy)'],
  [['proxy', 'pdb'], '1.0.0 (now proxy.chp.pdb)'],
  [['proxy', 'containerSecurityContext'], '1.0.0 (now proxy.chp.containerSecurityContext)'],
  [['ingress', 'https'], '0.8.0'],
  [['prePuller', 'enabled'], '0.8.0'],
  [['cull', 'podCuller'], '0.8.0'],
  [['imagePullSecret', 'enabled'], '1.0.0 (now imagePullSecret.create)'],
  [['version'], '0.8.0'],
];

/**
 * The chart's own images are tagged with the chart version (`quay.io/jupyterhub/k8s-hub:3.3.8`);
 * charts before 4.0 ran traefik v2 and a kube-scheduler older than v1.30.
 */
function imageClues(values: JsonObject): string[] {
  const out: string[] = [];
  const own: readonly Path[] = [
    ['hub', 'image'],
    ['singleuser', 'image'],
    ['singleuser', 'networkTools', 'image'],
    ['prePuller', 'hook', 'image'],
    ['proxy', 'secretSync', 'image'],
  ];
  for (const at of own) {
    const image = getIn(values, at);
    if (!isObject(image)) continue;
    const name = image.name;
    // a custom image's tag says nothing about the chart
    if (name !== undefined && !(typeof name === 'string' && /(^|\/)jupyterhub\/k8s-/.test(name))) continue;
    const version = olderVersionIn(image.tag);
    if (version) out.push(`\`${formatPath([...at, 'tag'])}: ${String(image.tag)}\`, the image of chart ${version}`);
  }
  const traefik = getIn(values, ['proxy', 'traefik', 'image', 'tag']);
  if (typeof traefik === 'string' && /^v?[12]\./.test(traefik)) out.push(`\`proxy.traefik.image.tag: ${traefik}\`, traefik v2 (charts 0.9 to 3.x; 4.x runs traefik v3)`);
  const scheduler = getIn(values, ['scheduling', 'userScheduler', 'image', 'tag']);
  const minor = typeof scheduler === 'string' ? /^v?1\.(\d+)\./.exec(scheduler) : null;
  if (minor && Number(minor[1]) < 30) out.push(`\`scheduling.userScheduler.image.tag: ${String(scheduler)}\`, a kube-scheduler of charts before 4.0 (4.x runs v1.30 or newer)`);
  return out;
}

/** `3.3.8` or `0.9-445a953` when the tag is a chart version before 4. */
function olderVersionIn(tag: Json | undefined): string | undefined {
  if (typeof tag !== 'string' && typeof tag !== 'number') return undefined;
  const m = /^v?([0-3])\.(\d+)(?:\.(\d+))?/.exec(String(tag));
  return m ? String(tag) : undefined;
}

/**
 * A comment naming the chart version (`# chart version 3.3.8`, `# helm upgrade … --version 3.3.8`,
 * `# jupyterhub-3.3.8`), before 4.0. Only comments: a value's version is some other program's.
 */
function versionComment(text: string): string | undefined {
  const patterns = [/\bchart[ _-]?version\b[\s:=]*v?([0-3]\.\d+(?:\.\d+)?[\w.-]*)/i, /--version[= ]v?([0-3]\.\d+(?:\.\d+)?[\w.-]*)/, /\bjupyterhub-([0-3]\.\d+\.\d+[\w.-]*)/];
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    const hash = commentStart(line);
    if (hash === -1) continue;
    const comment = line.slice(hash);
    for (const re of patterns) {
      const m = re.exec(comment);
      if (m) return `the comment on line ${lineNo} names chart ${m[1]}`;
    }
  }
  return undefined;
}

/** Where a YAML comment starts on a line (a `#` at the start or after a space, outside quotes), or -1. */
function commentStart(line: string): number {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return i;
  }
  return -1;
}
