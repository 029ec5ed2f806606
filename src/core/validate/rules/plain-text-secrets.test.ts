import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json.ts';
import { formatPath } from '../../model/json.ts';
import { initialState } from '../../model/state.ts';
import { validateState } from '../index.ts';

const found = (values: JsonObject) =>
  validateState({ ...initialState(), values })
    .filter((p) => p.code === 'plain-text-secret')
    .map((p) => formatPath(p.path));

describe('a secret in plain text in a container environment', () => {
  it('is a warning that suggests a Secret reference', () => {
    const values = { hub: { extraEnv: { JUPYTERHUB_CRYPT_KEY: 'a3f1c9e0b7d24e6f8a1b2c3d4e5f60718293a4b5c6d7e8f9' } } };
    expect(found(values)).toEqual(['hub.extraEnv.JUPYTERHUB_CRYPT_KEY']);
    const [problem] = validateState({ ...initialState(), values }).filter((p) => p.code === 'plain-text-secret');
    expect(problem!.message).toMatch(/secretKeyRef/);
  });

  it('near misses: a secretKeyRef, a public value, a secret in hub.config (the chart keeps that in a Secret)', () => {
    expect(found({ hub: { extraEnv: { JUPYTERHUB_CRYPT_KEY: { valueFrom: { secretKeyRef: { name: 'hub-secrets', key: 'crypt-key' } } }, LOG_LEVEL: 'debug' } } })).toEqual([]);
    expect(found({ hub: { config: { GitHubOAuthenticator: { client_secret: 'a3f1c9e0b7d24e6f8a1b2c3d4e5f6071' } } } })).toEqual([]);
  });
});
