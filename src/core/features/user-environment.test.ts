import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writeConfig } from '../config/write-config-for-state.ts';
import { initialState, type Update, type WizardState } from '../model/state.ts';
import { setValue } from '../model/updates.ts';
import { validateState } from '../validate/index.ts';
import { USER_ENV_PATHS, imageTagText, parseDefaultUrl, parseTag, setImageName, setImageValue } from './user-environment.ts';

const run = (...updates: Update[]): WizardState => updates.reduce((s, u) => u(s), initialState());

describe('user image', () => {
  it('a tag stays a string: 3.10 is written quoted and read back as 3.10 (golden 49-user-image)', () => {
    const tag = parseTag('3.10');
    expect(tag).toEqual({ ok: true, value: '3.10' });
    const s = run(setImageName('quay.io/jupyter/scipy-notebook'), setImageValue(USER_ENV_PATHS.imageTag, tag.ok ? tag.value : undefined), setImageValue(USER_ENV_PATHS.defaultUrl, '/lab'));
    const text = writeConfig(s);
    expect(text).toContain('tag: "3.10"');
    expect(parse(text, { version: '1.1' }).singleuser).toEqual({ image: { name: 'quay.io/jupyter/scipy-notebook', tag: '3.10' }, defaultUrl: '/lab' });
    expect(imageTagText(s)).toBe('3.10');
  });

  it('refuses what no registry takes as a tag, and clears on empty', () => {
    expect(parseTag('3.10 beta')).toMatchObject({ ok: false, message: expect.stringContaining('spaces') });
    expect(parseTag('.hidden').ok).toBe(false);
    expect(parseTag('')).toEqual({ ok: true, value: undefined });
  });

  it('an imported float tag shows as YAML read it, with the image-tag error', () => {
    const s = run(setValue(USER_ENV_PATHS.imageTag, 3.1));
    expect(imageTagText(s)).toBe('3.1');
    expect(validateState(s).find((p) => p.code === 'image-tag')?.message).toContain('3.1');
  });

  it('clearing the image name brings back the chart image and its tag', () => {
    const s = run(setImageName('my/image'), setImageValue(USER_ENV_PATHS.imageTag, '1'), setImageName(''));
    expect(s.values).toEqual({});
  });

  it('the default URL is a path', () => {
    expect(parseDefaultUrl('/lab')).toEqual({ ok: true, value: '/lab' });
    expect(parseDefaultUrl('lab').ok).toBe(false);
  });
});
