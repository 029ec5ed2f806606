import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { writeConfig } from '../config/write-config-for-state.ts';
import { initialState, type Update, type WizardState } from '../model/state.ts';
import { setValue } from '../model/updates.ts';
import { CULL_PATHS, describeSeconds, parseSeconds } from './culling.ts';

const run = (...updates: Update[]): WizardState => updates.reduce((s, u) => u(s), initialState());
const seconds = (t: string, min = 1) => {
  const p = parseSeconds(t, min);
  return p.ok ? p.value : p.message;
};

describe('culling', () => {
  it('durations in seconds or with a unit, written as seconds (golden 48-culling)', () => {
    const s = run(
      setValue(CULL_PATHS.timeout, seconds('2h')), setValue(CULL_PATHS.every, seconds('5m')), setValue(CULL_PATHS.maxAge, seconds('1d', 0)),
      setValue(CULL_PATHS.users, true), setValue(CULL_PATHS.removeNamedServers, true), setValue(CULL_PATHS.concurrency, 5),
    );
    expect(parse(writeConfig(s))).toEqual(parse(readFileSync(new URL('../../../test/golden/configs/48-culling.yaml', import.meta.url), 'utf8')));
  });

  it('the chart defaults leave nothing in config.yaml', () => {
    expect(run(setValue(CULL_PATHS.timeout, seconds('1h')), setValue(CULL_PATHS.enabled, true)).values).toEqual({});
  });

  it('refuses what is no duration, and below the least', () => {
    expect(seconds('1.5h')).toContain('not a duration');
    expect(seconds('0')).toContain('at least 1');
    expect(seconds('0', 0)).toBe(0);
    expect(seconds('')).toBeUndefined();
  });

  it('says durations in words', () => {
    expect(describeSeconds(5400)).toBe('1 h 30 min');
    expect(describeSeconds(86400 + 61)).toBe('1 d 1 min 1 s');
    expect(describeSeconds(0)).toBe('');
  });
});
