import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/json.ts';
import { initialState } from '../model/state.ts';
import { decodePermalink, encodePermalink, findSecrets, isSecretName, SECRET_PLACEHOLDER, withoutSecrets } from './index.ts';

const wheres = (values: JsonObject) => findSecrets(values).map((f) => f.where);

describe('findSecrets', () => {
  it('finds values under secret key names', () => {
    const values: JsonObject = {
      proxy: { secretToken: 'a'.repeat(64) },
      imagePullSecret: { create: true, registry: 'quay.io', username: 'bot', password: 'hunter2' },
      hub: {
        cookieSecret: 'c0ffee',
        db: { password: 12345 },
        config: {
          GitHubOAuthenticator: { client_id: 'abc', client_secret: 'def', oauth_callback_url: 'https://x/hub/oauth_callback' },
          GenericOAuthenticator: { token_url: 'https://idp/token', userdata_token_method: 'GET', client_secret: '' },
          ConfigurableHTTPProxy: { auth_token: 'x' },
          CryptKeeper: { keys: ['k1'] },
        },
        services: { grader: { apiToken: 'svc-token', admin: true } },
      },
      singleuser: { extraEnv: { GITHUB_TOKEN: 'plain' } },
    };
    expect(wheres(values).sort()).toEqual(
      [
        'proxy.secretToken',
        'imagePullSecret.password',
        'hub.cookieSecret',
        'hub.db.password',
        'hub.config.GitHubOAuthenticator.client_secret',
        'hub.config.ConfigurableHTTPProxy.auth_token',
        'hub.config.CryptKeeper.keys',
        'hub.services.grader.apiToken',
        'singleuser.extraEnv.GITHUB_TOKEN',
      ].sort(),
    );
  });

  it('knows names that are not secrets', () => {
    for (const name of ['token_url', 'userdata_token_method', 'secretName', 'existingSecret', 'automountServiceAccountToken', 'client_id', 'username']) {
      expect(isSecretName(name)).toBe(false);
    }
    for (const name of ['client_secret', 'clientSecret', 'apiToken', 'secretToken', 'cookieSecret', 'PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'DB_SECRET']) {
      expect(isSecretName(name)).toBe(true);
    }
  });

  it('finds tokens in extraEnv but not references or ordinary values', () => {
    const values: JsonObject = {
      hub: {
        extraEnv: {
          GH: 'ghp_' + 'A1b2C3d4E5'.repeat(4),
          SLACK: 'xoxb-123456789012-abcdefABCDEF',
          AWS_ID: 'AKIAIOSFODNN7EXAMPLE',
          RANDOM: 'q8Zr2LkP0vXw7NcY4tBm9sJd',
          FROM_SECRET: { valueFrom: { secretKeyRef: { name: 'x', key: 'token' } } },
          TZ: 'Europe/Berlin',
          HOME_DIR: '/home/jovyan/work/some-long-path-2024',
          IMAGE: 'quay.io/jupyter/scipy-notebook:2024-12-09',
          CLIENT_ID: 'Iv23ct7Qx1mAotaIIYx9',
          MY_TOKEN: { value: 'abc' },
        },
      },
      singleuser: { extraEnv: [{ name: 'API_KEY', value: 'k' }, { name: 'EDITOR', value: 'vim' }] },
    };
    expect(wheres(values)).toEqual([
      'hub.extraEnv.GH',
      'hub.extraEnv.SLACK',
      'hub.extraEnv.AWS_ID',
      'hub.extraEnv.RANDOM',
      'hub.extraEnv.MY_TOKEN.value',
      'singleuser.extraEnv[0].value',
    ]);
  });

  it('finds literal secrets in extraConfig Python', () => {
    const code = [
      'import os',
      'c.GitHubOAuthenticator.client_secret = "abc123"',
      "os.environ['X_TOKEN'] = 'tok'",
      'c.GenericOAuthenticator.token_url = "https://idp.example.org/token"',
      'c.GitHubOAuthenticator.client_id = os.environ["GITHUB_CLIENT_ID"]',
      'c.JupyterHub.cookie_secret = get_secret_value("hub.cookieSecret")',
      'os.environ.setdefault("DB_PASSWORD", "pw")',
      'c.X.extra = {"client_secret": "s3", "name": "ok"}',
      'if token == "literal": pass',
      '# c.Authenticator.password = "in a comment"',
      'print(f"PASSWORD={password}")',
      'if password != "x" or token <= "y" or secret_key >= "z": pass',
    ].join('\n');
    const values: JsonObject = { hub: { extraConfig: { auth: code, '10-other': 'c.JupyterHub.admin_access = True' } } };
    const found = findSecrets(values);
    expect(found.map((f) => f.line)).toEqual([2, 3, 7, 8]);
    expect(found[0]).toMatchObject({ path: ['hub', 'extraConfig', 'auth'], where: 'hub.extraConfig.auth (line 2)' });
    expect(found[0]!.reason).toMatch(/client_secret/);

    const { values: clean, omitted } = withoutSecrets(values);
    expect(omitted).toEqual(found);
    const redacted = (clean.hub as JsonObject).extraConfig as JsonObject;
    expect(redacted['10-other']).toBe('c.JupyterHub.admin_access = True');
    const lines = String(redacted.auth).split('\n');
    expect(lines[1]).toBe(`c.GitHubOAuthenticator.client_secret = "${SECRET_PLACEHOLDER}"`);
    expect(lines[2]).toBe(`os.environ['X_TOKEN'] = '${SECRET_PLACEHOLDER}'`);
    expect(lines[6]).toBe(`os.environ.setdefault("DB_PASSWORD", "${SECRET_PLACEHOLDER}")`);
    expect(lines[7]).toBe(`c.X.extra = {"client_secret": "${SECRET_PLACEHOLDER}", "name": "ok"}`);
    expect(lines.filter((l, i) => l !== code.split('\n')[i])).toHaveLength(4);
    expect(findSecrets(clean)).toEqual([]);
  });

  it('finds nothing in an empty or secret-free setup', () => {
    expect(findSecrets({})).toEqual([]);
    expect(findSecrets({ hub: { config: { JupyterHub: { authenticator_class: 'github' } } }, proxy: { secretToken: '' } })).toEqual([]);
  });
});

describe('secrets in names', () => {
  const token = 'ghp_' + 'Q1w2E3r4T5'.repeat(4);

  it('never names a secret that stands as a key or an env name, and takes it out', () => {
    const values: JsonObject = {
      custom: { byToken: { [token]: 'hunter2-value' } },
      hub: { extraEnv: { [token]: 'x' } },
      singleuser: { extraEnv: [{ name: token, value: 'y' }] },
    };
    const { values: clean, omitted } = withoutSecrets(values);
    const named = JSON.stringify(omitted.map((f) => [f.where, f.reason]));
    expect(named).not.toContain(token.slice(6));
    expect(named).not.toContain('hunter2-value');
    expect(omitted.map((f) => f.where)).toEqual([
      'custom.byToken (one of its keys)',
      'hub.extraEnv (one of its keys)',
      'singleuser.extraEnv[0].name',
      'singleuser.extraEnv[0].value',
    ]);
    expect(JSON.stringify(clean)).not.toContain(token.slice(6));
    expect(clean).toEqual({ singleuser: { extraEnv: [{ name: SECRET_PLACEHOLDER }] } });
  });
});

describe('withoutSecrets', () => {
  it('drops secret values, prunes the maps that empties, and leaves the input alone', () => {
    const values: JsonObject = {
      hub: { config: { GitHubOAuthenticator: { client_secret: 'x' }, JupyterHub: { authenticator_class: 'github' } } },
      proxy: { secretToken: 'y', service: { type: 'ClusterIP' } },
      imagePullSecret: { password: 'z' },
      custom: { notes: ['ghp_' + 'x1'.repeat(20), 'fine'], tokens: ['t1', '', 't2'] },
    };
    const before = JSON.stringify(values);
    const { values: clean, omitted } = withoutSecrets(values);
    expect(JSON.stringify(values)).toBe(before);
    expect(omitted).toHaveLength(6);
    expect(clean).toEqual({
      hub: { config: { JupyterHub: { authenticator_class: 'github' } } },
      proxy: { service: { type: 'ClusterIP' } },
      custom: { notes: [SECRET_PLACEHOLDER, 'fine'], tokens: [SECRET_PLACEHOLDER, '', SECRET_PLACEHOLDER] },
    });
  });

  it('keeps a placeholder where the chart requires a value', () => {
    const pull = { create: true, registry: 'quay.io', username: 'bot', password: 'hunter2' };
    expect(withoutSecrets({ imagePullSecret: pull }).values).toEqual({ imagePullSecret: { ...pull, password: SECRET_PLACEHOLDER } });
    const files = { hub: { extraFiles: { netrc: { mountPath: '/root/.netrc', stringData: 'machine x login y password z' }, key: { mountPath: '/k/tls.key', binaryData: 'c2VjcmV0' } } } };
    const clean = withoutSecrets(files).values as { hub: { extraFiles: Record<string, { stringData?: string; binaryData?: string }> } };
    expect(clean.hub.extraFiles.netrc!.stringData).toBe(SECRET_PLACEHOLDER);
    expect(atob(clean.hub.extraFiles.key!.binaryData!)).toBe(SECRET_PLACEHOLDER);
    expect(findSecrets(clean as unknown as JsonObject)).toEqual([]);
  });

  it('reads binaryData as the text it holds', () => {
    const ini = (text: string) => ({ hub: { extraFiles: { app: { mountPath: '/etc/app/app.ini', binaryData: btoa(text) } } } });
    expect(wheres(ini('[db]\npassword = pw-77\n'))).toEqual(['hub.extraFiles.app.binaryData']);
    expect(findSecrets(ini('[db]\nhost = db.internal\n'))).toEqual([]);
  });

  it('takes out the data of a Kubernetes Secret written in the values, not of a ConfigMap', () => {
    const manifest = (kind: string) => ({ custom: { manifests: [{ apiVersion: 'v1', kind, metadata: { name: 'x' }, stringData: { 'config.json': '{}', level: 'debug' } }] } });
    expect(wheres(manifest('Secret'))).toEqual(['custom.manifests[0].stringData["config.json"]', 'custom.manifests[0].stringData.level']);
    expect(wheres(manifest('ConfigMap'))).toEqual([]);
  });

  it('cuts a secret out of a string and keeps the rest', () => {
    const values: JsonObject = { hub: { db: { url: 'postgresql://hub:pw-1234@db.internal:5432/hub' } } };
    const { values: clean, omitted } = withoutSecrets(values);
    expect(clean).toEqual({ hub: { db: { url: `postgresql://hub:${SECRET_PLACEHOLDER}@db.internal:5432/hub` } } });
    expect(omitted.map((f) => [f.where, f.reason])).toEqual([['hub.db.url', 'the password in the URL']]);
  });

  it('takes out the entries of token maps without naming the token', () => {
    const token = 'a0b1c2d3e4f5a6b7c8d9';
    const values: JsonObject = { hub: { config: { JupyterHub: { api_tokens: { [token]: 'alice' }, admin_access: true } } } };
    const { values: clean, omitted } = withoutSecrets(values);
    expect(clean).toEqual({ hub: { config: { JupyterHub: { admin_access: true } } } });
    expect(omitted.map((f) => f.where)).toEqual(['hub.config.JupyterHub.api_tokens (the token of "alice")']);
    expect(JSON.stringify(omitted.map((f) => [f.where, f.reason]))).not.toContain(token.slice(4));
  });
});

describe('links and secrets', () => {
  const values: JsonObject = {
    hub: { config: { GitHubOAuthenticator: { client_id: 'abc', client_secret: 'very-secret-value' } } },
    proxy: { secretToken: '0123456789abcdef0123456789abcdef' },
  };

  it('leaves secrets out by default and names them in the link', () => {
    const { fragment, omitted } = encodePermalink({ ...initialState(), values });
    expect(omitted.map((f) => f.where)).toEqual(['hub.config.GitHubOAuthenticator.client_secret', 'proxy.secretToken']);
    const opened = decodePermalink(fragment);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.state.values).toEqual({ hub: { config: { GitHubOAuthenticator: { client_id: 'abc' } } } });
    expect(opened.omittedSecrets).toEqual([
      'hub.config.GitHubOAuthenticator.client_secret: the name client_secret marks a secret',
      'proxy.secretToken: the name secretToken marks a secret',
    ]);
    expect(opened.warnings.some((w) => w.includes('proxy.secretToken'))).toBe(true);
  });

  it('keeps them with includeSecrets', () => {
    const { fragment, omitted } = encodePermalink({ ...initialState(), values }, { includeSecrets: true });
    expect(omitted).toEqual([]);
    const opened = decodePermalink(fragment);
    expect(opened.ok && opened.state.values).toEqual(values);
    expect(opened.ok && opened.omittedSecrets).toEqual([]);
  });
});
