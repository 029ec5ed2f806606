import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { writeConfig } from '../config/write-config-for-state.ts';
import { initialState, type Update, type WizardState } from '../model/state.ts';
import { setValue } from '../model/updates.ts';
import {
  addChoice, addOption, addProfile, choicesPath, editMap, extraLimitRows, moveProfile, optionKeyProblem, optionsPath, profileOptions, profilePath, profiles, removeKey,
  removeProfile, renameKey, setDefaultProfile, setExtraLimits, setProfileValue,
} from './profiles.ts';

const run = (...updates: Update[]): WizardState => updates.reduce((s, u) => u(s), initialState());
const over = (i: number, key: string, value: string | number) => setProfileValue(profilePath(i, 'kubespawner_override', key), value);

describe('profile list', () => {
  it('three profiles with a GPU limit, as the form makes them, equal golden 45-profiles-gpu', () => {
    const s = run(
      addProfile(), setProfileValue(profilePath(0, 'display_name'), 'Small'), setProfileValue(profilePath(0, 'description'), '1 CPU, 2 GB'), setDefaultProfile(0, true),
      over(0, 'cpu_limit', 1), over(0, 'mem_limit', '2G'),
      addProfile(), setProfileValue(profilePath(1, 'display_name'), 'Large'), setProfileValue(profilePath(1, 'description'), '4 CPUs, 16 GB'),
      over(1, 'cpu_guarantee', 2), over(1, 'cpu_limit', 4), over(1, 'mem_guarantee', '8G'), over(1, 'mem_limit', '16G'),
      addProfile(), setProfileValue(profilePath(2, 'display_name'), 'GPU'), setProfileValue(profilePath(2, 'description'), 'One NVIDIA GPU'),
      over(2, 'image', 'quay.io/jupyter/pytorch-notebook:cuda12-2024-12-09'), setExtraLimits(profilePath(2, 'kubespawner_override'), [['nvidia.com/gpu', '1']]),
    );
    const golden = parse(readFileSync(new URL('../../../test/golden/configs/45-profiles-gpu.yaml', import.meta.url), 'utf8'));
    expect(parse(writeConfig(s))).toEqual(golden);
    expect(extraLimitRows(profiles(s)[2]!.kubespawner_override)).toEqual([['nvidia.com/gpu', '1']]);
  });

  it('keeps one default, and keys the form does not show', () => {
    let s = run(setValue(['singleuser', 'profileList'], [{ display_name: 'A', slug: 'a', default: true }, { display_name: 'B' }]));
    s = setDefaultProfile(1, true)(s);
    expect(profiles(s)).toEqual([{ display_name: 'A', slug: 'a' }, { display_name: 'B', default: true }]);
    s = setDefaultProfile(1, false)(s);
    expect(profiles(s)).toEqual([{ display_name: 'A', slug: 'a' }, { display_name: 'B' }]);
  });

  it('moves and removes; the last removed leaves no profileList', () => {
    let s = run(addProfile(), addProfile(), moveProfile(0, 1));
    expect(profiles(s).map((p) => p.display_name)).toEqual(['Profile 2', 'Profile 1']);
    expect(moveProfile(1, 1)(s)).toBe(s);
    s = removeProfile(0)(removeProfile(0)(s));
    expect(s.values).toEqual({});
  });

  it('clearing an override field removes it and its empty parent', () => {
    const s = run(addProfile(), over(0, 'cpu_limit', 2), setProfileValue(profilePath(0, 'kubespawner_override', 'cpu_limit'), undefined));
    expect(profiles(s)).toEqual([{ display_name: 'Profile 1' }]);
  });

  it('profile options: add, rename in place, choices with their override', () => {
    let s = run(addProfile(), addOption(0));
    s = editMap(optionsPath(0), (m) => renameKey(m, 'option-1', 'image'))(s);
    s = setProfileValue([...choicesPath(0, 'image'), 'choice-1', 'kubespawner_override', 'image'], 'quay.io/jupyter/r-notebook:2024-12-09')(s);
    s = addChoice(0, 'image')(s);
    s = editMap(choicesPath(0, 'image'), (m) => renameKey(m, 'choice-1', 'r'))(s);
    const [option] = profileOptions(profiles(s)[0]!);
    expect(option!.key).toBe('image');
    expect(option!.choices.map((c) => [c.key, c.displayName, c.override])).toEqual([
      ['r', 'Choice 1', { image: 'quay.io/jupyter/r-notebook:2024-12-09' }],
      ['choice-2', 'Choice 2', {}],
    ]);
    s = removeKey(optionsPath(0), 'image')(s);
    expect(profiles(s)).toEqual([{ display_name: 'Profile 1' }]);
  });

  it('renameKey refuses a key in use; option keys are checked', () => {
    expect(renameKey({ a: 1, b: 2 }, 'a', 'b')).toEqual({ a: 1, b: 2 });
    expect(optionKeyProblem('', [])).toBeDefined();
    expect(optionKeyProblem('has space', ['has space'])).toBeDefined();
    expect(optionKeyProblem('x', ['x', 'x'])).toContain('twice');
    expect(optionKeyProblem('image', ['image'])).toBeUndefined();
  });
});
