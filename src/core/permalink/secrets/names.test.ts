import { describe, expect, it } from 'vitest';
import { isPublicName, isSecretName, nameWords } from './names.ts';

describe('nameWords', () => {
  it('reads camelCase, snake_case, kebab-case, dotted and SHOUTING names alike', () => {
    expect(nameWords('AWSSecretAccessKey')).toEqual(['aws', 'secret', 'access', 'key']);
    expect(nameWords('aws_secret_access_key')).toEqual(['aws', 'secret', 'access', 'key']);
    expect(nameWords('--db-password')).toEqual(['db', 'password']);
    expect(nameWords('NotebookApp.token')).toEqual(['notebook', 'app', 'token']);
    expect(nameWords('PGPASSWORD')).toEqual(['pgpassword']);
  });
});

describe('isSecretName', () => {
  it('knows the names of secrets, in any spelling', () => {
    for (const name of [
      'client_secret',
      'clientSecret',
      'client-secret',
      'apiToken',
      'api_token',
      'secretToken',
      'cookieSecret',
      'PASSWORD',
      'PGPASSWORD',
      'MYSQL_ROOT_PASSWORD',
      'lookup_dn_search_password',
      'AWS_SECRET_ACCESS_KEY',
      'DB_SECRET',
      'sharedSecret',
      'smtp_pass',
      'pwd',
      'passphrase',
      'JUPYTERHUB_CRYPT_KEY',
      'googleServiceAccountKey',
      'private_key',
      'privateKey',
      'signing_key',
      'SLACK_WEBHOOK_URL',
      'sentry_dsn',
      'credentials',
      'NotebookApp.token',
      'example.org/api-token',
    ]) {
      expect(isSecretName(name), name).toBe(true);
    }
  });

  it('knows names that are about secrets, or only look like it', () => {
    for (const name of [
      'token_url',
      'userdata_token_method',
      'secretName',
      'secret_name',
      'existingSecret',
      'imagePullSecret',
      'imagePullSecrets',
      'secretSync',
      'secretKeyRef',
      'automountServiceAccountToken',
      'client_id',
      'username',
      'cookie_secret_file',
      'password-file',
      'minimum_password_length',
      'tokenExpiry',
      'token_endpoint',
      'auth_state_groups_key',
      'username_key',
      'topologyKey',
      'key',
      'TOKENIZERS_PARALLELISM',
      'pass_through',
      'nginx.ingress.kubernetes.io/auth-secret',
      'nginx.ingress.kubernetes.io/auth-tls-secret',
      'tls_secret',
      'GH_SCOPED_CREDS_CLIENT_ID',
    ]) {
      expect(isSecretName(name), name).toBe(false);
    }
  });
});

describe('isPublicName', () => {
  it('knows names of identifiers and addresses', () => {
    for (const name of ['client_id', 'clientId', 'tenant_id', 'AWS_DEFAULT_REGION', 'image', 'tag', 'commit', 'checksum/config', 'DATABASE_URL']) {
      expect(isPublicName(name), name).toBe(true);
    }
    for (const name of ['SERVICE_CREDS', 'sessionSeal', 'value', 'args']) expect(isPublicName(name), name).toBe(false);
  });
});
