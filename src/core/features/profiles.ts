import type { Json, JsonObject, Path } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import type { Update, WizardState } from '../model/state.ts';
import { withValue } from '../model/updates.ts';
import { asList, asMap, isObject } from '../values/shape.ts';

/**
 * `singleuser.profileList`: the choices a user sees before their server starts. Each edit patches
 * one key of one profile, so keys the form does not show (slug, kubespawner_override's other
 * settings, an imported profile's own keys) stay as they were.
 */
export const PROFILE_LIST: Path = ['singleuser', 'profileList'];

/** The `kubespawner_override` settings the form edits, with the kind of value each holds. */
export const OVERRIDE_FIELDS = [
  { key: 'image', label: 'Image', kind: 'image' },
  { key: 'cpu_guarantee', label: 'CPU guarantee', kind: 'cpu' },
  { key: 'cpu_limit', label: 'CPU limit', kind: 'cpu' },
  { key: 'mem_guarantee', label: 'Memory guarantee', kind: 'memory' },
  { key: 'mem_limit', label: 'Memory limit', kind: 'memory' },
] as const;

export const EXTRA_LIMITS = 'extra_resource_limits';

export function profiles(state: WizardState): JsonObject[] {
  return asList(getIn(state.values, PROFILE_LIST)).map(asMap);
}

export const profilePath = (i: number, ...rest: (string | number)[]): Path => [...PROFILE_LIST, i, ...rest];

/**
 * Whether `path` is below a profile that exists: an edit for a profile just removed (a late event
 * of its row) must not create a hole in the list.
 */
function inExistingProfile(state: WizardState, path: Path): boolean {
  const i = path[PROFILE_LIST.length];
  return typeof i === 'number' && isObject(profilesRaw(state)[i]);
}

const profilesRaw = (state: WizardState) => asList(getIn(state.values, PROFILE_LIST));

/** Sets a key at `path` (below a profile); undefined or an empty text removes it. */
export function setProfileValue(path: Path, value: Json | undefined): Update {
  return (state) => (inExistingProfile(state, path) ? withValue(state, path, value === '' ? undefined : value) : state);
}

function writeList(state: WizardState, list: JsonObject[]): WizardState {
  return withValue(state, PROFILE_LIST, list.length === 0 ? undefined : list);
}

/** A new profile at the end, named so a user can tell it apart. */
export function addProfile(): Update {
  return (state) => {
    const list = profiles(state);
    return writeList(state, [...list, { display_name: `Profile ${list.length + 1}` }]);
  };
}

export function removeProfile(i: number): Update {
  return (state) => writeList(state, profiles(state).filter((_, j) => j !== i));
}

export function moveProfile(i: number, by: -1 | 1): Update {
  return (state) => {
    const list = profiles(state);
    const j = i + by;
    if (j < 0 || j >= list.length) return state;
    [list[i], list[j]] = [list[j]!, list[i]!];
    return writeList(state, list);
  };
}

/** KubeSpawner starts the first profile marked default: the form keeps it to one. */
export function setDefaultProfile(i: number, on: boolean): Update {
  return (state) =>
    writeList(
      state,
      profiles(state).map((p, j) => {
        const { default: was, ...rest } = p;
        if (j === i && on) return { ...rest, default: true };
        return was === undefined ? p : rest;
      }),
    );
}

/** The extra resource limits of an override (`nvidia.com/gpu: 1`), as rows. */
export function extraLimitRows(override: Json | undefined): [string, string][] {
  return Object.entries(asMap(asMap(override)[EXTRA_LIMITS])).map(([k, v]) => [k, v === null ? '' : String(v)]);
}

/**
 * Writes extra resource limits as Kubernetes quantity strings (`nvidia.com/gpu: "1"`), the form
 * the API returns them in, whatever was typed.
 */
export function setExtraLimits(overridePath: Path, rows: readonly [string, string][]): Update {
  const map: JsonObject = {};
  for (const [key, value] of rows) map[key] = value.trim();
  return (state) => (inExistingProfile(state, overridePath) ? withValue(state, [...overridePath, EXTRA_LIMITS], rows.length === 0 ? undefined : map) : state);
}

/** `profile_options` of a profile: the option keys with their display name and choices. */
export interface OptionView {
  key: string;
  displayName: string;
  choices: { key: string; displayName: string; isDefault: boolean; override: JsonObject }[];
}

export function profileOptions(profile: JsonObject): OptionView[] {
  return Object.entries(asMap(profile.profile_options)).map(([key, raw]) => {
    const option = asMap(raw);
    return {
      key,
      displayName: typeof option.display_name === 'string' ? option.display_name : '',
      choices: Object.entries(asMap(option.choices)).map(([ck, c]) => {
        const choice = asMap(c);
        return { key: ck, displayName: typeof choice.display_name === 'string' ? choice.display_name : '', isDefault: choice.default === true, override: asMap(choice.kubespawner_override) };
      }),
    };
  });
}

/** A key not yet in `map`: `base-1`, `base-2`, … */
export function freshKey(map: JsonObject, base: string): string {
  for (let n = Object.keys(map).length + 1; ; n++) if (!Object.hasOwn(map, `${base}-${n}`)) return `${base}-${n}`;
}

/** The same map with `from` renamed `to`, in its place (the order is what users see). */
export function renameKey(map: JsonObject, from: string, to: string): JsonObject {
  if (from === to || !Object.hasOwn(map, from) || Object.hasOwn(map, to)) return map;
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k === from ? to : k, v]));
}

/** Changes the map at `path` (options of a profile, choices of an option) with `change`. */
export function editMap(path: Path, change: (map: JsonObject) => JsonObject): Update {
  return (state) => {
    if (!inExistingProfile(state, path)) return state;
    const current = getIn(state.values, path);
    const next = change(isObject(current) ? current : {});
    return withValue(state, path, Object.keys(next).length === 0 ? undefined : next);
  };
}

export const optionsPath = (i: number): Path => profilePath(i, 'profile_options');
export const choicesPath = (i: number, option: string): Path => profilePath(i, 'profile_options', option, 'choices');

/** A new option with one choice, so the user has something to pick. */
export function addOption(i: number): Update {
  return editMap(optionsPath(i), (options) => {
    const key = freshKey(options, 'option');
    return { ...options, [key]: { display_name: 'Option', choices: { 'choice-1': { display_name: 'Choice 1' } } } };
  });
}

export function addChoice(i: number, option: string): Update {
  const add = editMap(choicesPath(i, option), (choices) => {
    const key = freshKey(choices, 'choice');
    return { ...choices, [key]: { display_name: `Choice ${Object.keys(choices).length + 1}` } };
  });
  return (state) => (isObject(getIn(state.values, [...optionsPath(i), option])) ? add(state) : state);
}

export function removeKey(path: Path, key: string): Update {
  return editMap(path, (map) => Object.fromEntries(Object.entries(map).filter(([k]) => k !== key)));
}

/**
 * Why a key of `profile_options` or `choices` cannot be used: KubeSpawner names form fields with it
 * and looks it up again on submit. Undefined when it is fine.
 */
export function optionKeyProblem(key: string, siblings: readonly string[]): string | undefined {
  if (key === '') return 'A key is needed.';
  if (!/^[A-Za-z0-9][\w-]*$/.test(key)) return 'Use letters, digits, - and _ only (starting with a letter or digit).';
  if (siblings.filter((k) => k === key).length > 1) return `The key "${key}" is used twice.`;
  return undefined;
}
