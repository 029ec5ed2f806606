import { isObject, type Json } from '../model/json.ts';
import { imageName, imageSeen } from './images.ts';
import type { CodeKind, Step } from './types.ts';

/**
 * Every place in chart 4.4.0's values where code or a command that runs in the cluster can go, and
 * why it is one. A pattern is a key path; `*` is any map key or list position.
 *
 * Reviewed:
 * - `hub.extraConfig.*`: Python the hub runs in jupyterhub_config.py, with the hub's service
 *   account and every secret the hub holds.
 * - `hub|singleuser.extraContainers.*`, `hub|singleuser.initContainers.*`,
 *   `proxy.traefik.extraInitContainers.*`, and `containers` / `initContainers` inside the
 *   `extraPodSpec`s (hub, proxy.chp, proxy.traefik, the user scheduler and placeholders) and
 *   `singleuser.extraPodConfig`: whole containers, any image, any command.
 * - `hub.lifecycle`, `singleuser.lifecycleHooks`: commands run inside the hub's and every user's
 *   container at start and stop.
 * - `hub.command`, `hub.args`, `singleuser.cmd` (unless it is the chart's default,
 *   `jupyterhub-singleuser`): what the container runs instead of its image's own command.
 * - `hub|singleuser.extraFiles.*` that are scripts (a shebang, a script's file name, an
 *   executable mode): files mounted into the pods, there to be run.
 * - KubeSpawner's own traits for the same things, set through `hub.config.KubeSpawner` or a
 *   profile's `kubespawner_override` (also a profile option's choice): `cmd`, `args`,
 *   `lifecycle_hooks`, `init_containers`, `extra_containers`.
 * - images from a source the admin has not used (images.ts): the chart's `image` settings, the
 *   pre-puller's extra images, and the `image` of KubeSpawner and of profiles.
 *
 * Left out, on purpose: `proxy.chp.extraCommandLineFlags` (options of the proxy, not a command),
 * the user scheduler's `pluginConfig` `args` (scheduler settings), traefik's extra static and
 * dynamic config (routing, no code), `hub.config` traits that name a class (`authenticator_class`):
 * they load code the hub image already has, and the chart's own check rejects what is no class.
 * Images inside a container piece are shown with it and not listed again.
 */
interface Place {
  pattern: readonly string[];
  kind: CodeKind;
  /** whether the value found there is code to review; absent: any non-empty value */
  holds?: (value: Json, seen: ReadonlySet<string>) => boolean;
}

const SPAWNER_TRAITS: readonly [string, CodeKind][] = [
  ['cmd', 'command'],
  ['args', 'command'],
  ['lifecycle_hooks', 'lifecycle'],
  ['init_containers.*', 'container'],
  ['extra_containers.*', 'container'],
];

const SPAWNER_SCOPES: readonly string[] = [
  'hub.config.KubeSpawner',
  'singleuser.profileList.*.kubespawner_override',
  'singleuser.profileList.*.profile_options.*.choices.*.kubespawner_override',
];

const POD_SPECS: readonly string[] = [
  'hub.extraPodSpec',
  'proxy.chp.extraPodSpec',
  'proxy.traefik.extraPodSpec',
  'scheduling.userScheduler.extraPodSpec',
  'scheduling.userPlaceholder.extraPodSpec',
  'singleuser.extraPodConfig',
];

const CHART_IMAGES: readonly string[] = [
  'hub.image',
  'singleuser.image',
  'singleuser.networkTools.image',
  'proxy.chp.image',
  'proxy.traefik.image',
  'proxy.secretSync.image',
  'scheduling.userScheduler.image',
  'scheduling.userPlaceholder.image',
  'prePuller.hook.image',
  'prePuller.pause.image',
  'prePuller.extraImages.*',
];

const isText = (value: Json) => typeof value === 'string' && value.trim() !== '';
const isContainer = (value: Json) => isObject(value) && Object.keys(value).length > 0;
const unseenImage = (value: Json, seen: ReadonlySet<string>) => {
  const name = imageName(value);
  return name !== undefined && !imageSeen(name, seen);
};

const split = (dotted: string) => dotted.split('.');

export const CODE_PLACES: readonly Place[] = [
  { pattern: split('hub.extraConfig.*'), kind: 'python', holds: isText },
  ...['hub.extraContainers.*', 'hub.initContainers.*', 'singleuser.extraContainers.*', 'singleuser.initContainers.*', 'proxy.traefik.extraInitContainers.*'].map(
    (p): Place => ({ pattern: split(p), kind: 'container', holds: isContainer }),
  ),
  ...POD_SPECS.flatMap((spec) => ['containers.*', 'initContainers.*'].map((c): Place => ({ pattern: split(`${spec}.${c}`), kind: 'container', holds: isContainer }))),
  { pattern: split('hub.lifecycle'), kind: 'lifecycle' },
  { pattern: split('singleuser.lifecycleHooks'), kind: 'lifecycle' },
  { pattern: split('hub.command'), kind: 'command' },
  { pattern: split('hub.args'), kind: 'command' },
  { pattern: split('singleuser.cmd'), kind: 'command', holds: (v) => v !== 'jupyterhub-singleuser' && !(Array.isArray(v) && v.length === 1 && v[0] === 'jupyterhub-singleuser') },
  { pattern: split('hub.extraFiles.*'), kind: 'script', holds: isScriptFile },
  { pattern: split('singleuser.extraFiles.*'), kind: 'script', holds: isScriptFile },
  ...SPAWNER_SCOPES.flatMap((scope) =>
    SPAWNER_TRAITS.map(([trait, kind]): Place => ({ pattern: split(`${scope}.${trait}`), kind, ...(kind === 'container' ? { holds: isContainer } : {}) })),
  ),
  ...CHART_IMAGES.map((p): Place => ({ pattern: split(p), kind: 'image', holds: unseenImage })),
  ...SPAWNER_SCOPES.map((scope): Place => ({ pattern: split(`${scope}.image`), kind: 'image', holds: unseenImage })),
];

const SCRIPT_NAME = /\.(sh|bash|zsh|ksh|py|pl|rb|js|mjs|ps1|lua|php)$/i;

/** An extra file that is there to be run: a shebang, a script's name, or an executable mode. */
export function isScriptFile(value: Json): boolean {
  if (!isObject(value)) return false;
  const { mountPath, stringData, mode } = value;
  if (typeof stringData === 'string' && stringData.trimStart().startsWith('#!')) return true;
  if (typeof mountPath === 'string' && SCRIPT_NAME.test(mountPath)) return true;
  return typeof mode === 'number' && Number.isInteger(mode) && (mode & 0o111) !== 0;
}

/** A value found at a place: its path and its position among its parent's entries. */
export interface Found {
  kind: CodeKind;
  path: Step[];
  index: number;
  value: Json;
}

/** Empty values hold no code (`extraContainers: []`, `lifecycleHooks: {}`, a null). */
function isEmpty(value: Json): boolean {
  if (value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

/** Every piece of code in `values`, in the order of CODE_PLACES (then of the values). */
export function findCode(values: Json, seen: ReadonlySet<string>): Found[] {
  const found: Found[] = [];
  for (const place of CODE_PLACES) {
    visit(values, place.pattern, 0, [], (value, path, index) => {
      if (isEmpty(value)) return;
      if (place.holds ? place.holds(value, seen) : true) found.push({ kind: place.kind, path, index, value });
    });
  }
  return found;
}

function visit(node: Json, pattern: readonly string[], i: number, path: Step[], onValue: (value: Json, path: Step[], index: number) => void, index = 0): void {
  if (i === pattern.length) return onValue(node, path, index);
  const step = pattern[i]!;
  if (step === '*') {
    if (Array.isArray(node)) node.forEach((child, n) => visit(child, pattern, i + 1, [...path, n], onValue, n));
    else if (isObject(node)) Object.keys(node).forEach((key, n) => visit(node[key]!, pattern, i + 1, [...path, key], onValue, n));
    return;
  }
  if (!isObject(node) || !Object.hasOwn(node, step)) return;
  visit(node[step]!, pattern, i + 1, [...path, step], onValue, Object.keys(node).indexOf(step));
}
