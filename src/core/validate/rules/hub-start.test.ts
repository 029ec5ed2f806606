import { describe, expect, it } from 'vitest';
import { formatPath, type JsonObject } from '../../model/json.ts';
import { initialState } from '../../model/state.ts';
import { validateState } from '../index.ts';

const found = (values: JsonObject) =>
  validateState({ ...initialState(), values })
    .filter((p) => p.code.startsWith('hub-config-section') || p.code === 'hub-existing-secret')
    .map((p) => `${p.severity} ${p.code} ${formatPath(p.path)}`);

describe('what stops the hub at start', () => {
  it('a hub.config section that is no class name (lower case, a digit first) is an error; class names are not', () => {
    expect(found({ hub: { config: { loadRoles: { a: {} }, JupyterHub: { admin_access: true }, KubeSpawner: { start_timeout: 600 } } } })).toEqual([
      'error hub-config-section-lowercase hub.config.loadRoles',
    ]);
    expect(found({ hub: { config: { '2fa': {}, Ümlaut: {} } } })).toEqual(['error hub-config-section-lowercase hub.config["2fa"]']);
  });

  it('hub.existingSecret: a warning that it must exist and hold values.yaml; not when unset', () => {
    expect(found({ hub: { existingSecret: 'my-secret' } })).toEqual(['warning hub-existing-secret hub.existingSecret']);
    expect(found({})).toEqual([]);
  });
});
