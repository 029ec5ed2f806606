import { describe, expect, it } from 'vitest';
import { writeConfig } from '../config/write-config-for-state.ts';
import { parseValuesYaml } from '../chart/values-yaml.ts';
import type { JsonObject } from '../model/json.ts';
import { initialState, type WizardState } from '../model/state.ts';
import { setValue } from '../model/updates.ts';
import { CULL_PATHS } from './culling.ts';
import { profilePath, setProfileValue } from './profiles.ts';
import { BASE_SECTION, setSetting } from './sign-in.ts';
import { STORAGE_PATHS } from './storage.ts';

// The hub forms on an imported file: each edit changes its own lines; comments and the rest stay.
const TEXT = `# our hub
hub:
  config:
    JupyterHub:
      authenticator_class: github # decided in March
    GitHubOAuthenticator:
      client_id: abc
      allowed_organizations:
        - my-org
singleuser:
  # one profile per course
  profileList:
    - display_name: Course A
      kubespawner_override:
        mem_limit: 2G # enough for pandas
  storage:
    capacity: 10Gi
cull:
  timeout: 7200 # two hours
`;

function imported(): WizardState {
  return { ...initialState(), values: parseValuesYaml(TEXT) as JsonObject, imported: { text: TEXT, wrapperPath: [] } };
}

describe('hub forms on an imported file', () => {
  it('no edit gives back the same text', () => {
    expect(writeConfig(imported())).toBe(TEXT);
  });

  it('each form edit changes its own line only, comments kept', () => {
    let s = imported();
    s = setSetting(BASE_SECTION, 'admin_users', ['alice'])(s);
    s = setProfileValue(profilePath(0, 'kubespawner_override', 'mem_limit'), '4G')(s);
    s = setValue(STORAGE_PATHS.capacity, '20Gi')(s);
    s = setValue(CULL_PATHS.timeout, 3600 * 3)(s);
    const out = writeConfig(s);
    for (const kept of ['# our hub', '# decided in March', '# one profile per course', '# two hours', '# enough for pandas']) expect(out).toContain(kept);
    expect(out).toContain('mem_limit: 4G');
    expect(out).toContain('capacity: 20Gi');
    expect(out).toContain('timeout: 10800');
    expect(parseValuesYaml(out)).toEqual(s.values);
    const changed = out.split('\n').filter((line) => !TEXT.split('\n').includes(line));
    expect(changed.filter((l) => !/admin_users|- alice|Authenticator:/.test(l))).toEqual([
      '        mem_limit: 4G # enough for pandas',
      '    capacity: 20Gi',
      '  timeout: 10800 # two hours',
    ]);
  });
});
