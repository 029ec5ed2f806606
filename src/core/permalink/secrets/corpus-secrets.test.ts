import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../../restore/restore-text.ts';
import { findSecrets } from '../index.ts';

/**
 * The secrets of the real configs, exactly: every other value must stay in their links. A new
 * finding here is a false positive until shown otherwise (these files hold placeholders, and
 * values that look like secrets but are names, hashes, ids and URLs).
 */
const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus');

const EXPECTED: Record<string, string[]> = {
  '01-jupyterhub-zero-to-jupyterhub-k8s-dev-config.yaml': [
    'hub.services.test.apiToken',
    'hub.services.test-with-scoped-access.apiToken',
    'hub.services.test-hub-existing-secret.apiToken',
    'hub.services.test-explicit-name.apiToken',
  ],
  '02-jupyterhub-zero-to-jupyterhub-k8s-lint-and-validate-values.yaml': [
    'imagePullSecret.password',
    'hub.config.ConfigurableHTTPProxy.auth_token',
    'hub.config.JupyterHub.cookie_secret',
    'hub.config.CryptKeeper.keys',
    'hub.services.test-service-1.apiToken',
    'hub.services.test-service-2-key.apiToken',
    'proxy.https.manual.key', // `mock-key`, in the place of the HTTPS private key
  ],
  '04-Unidata-science-gateway-shared-secrets.yaml': ['imagePullSecret.password', 'hub.cookieSecret', 'hub.config.GitHubOAuthenticator.client_secret', 'proxy.secretToken'],
  '05-Unidata-science-gateway-unistaff-secrets.yaml': ['hub.cookieSecret', 'hub.config.GitHubOAuthenticator.client_secret', 'proxy.secretToken'],
  '06-Unidata-science-gateway-spring-2025-mvu-secrets.yaml': ['hub.cookieSecret', 'hub.config.GitHubOAuthenticator.client_secret', 'proxy.secretToken'],
  '07-Unidata-science-gateway-example-secrets-2019.yaml': ['proxy.secretToken', 'hub.config.GitHubOAuthenticator.client_secret'],
  // MYSQL_ROOT_PASSWORD: tutorial, in the env of a sidecar
  '21-2i2c-org-infrastructure-hhmi-spyglass.yaml': ['singleuser.extraContainers[0].env[0].value'],
  '0.7-era-typical.yaml': ['proxy.secretToken'],
};

const files = ['real-configs', 'synthetic'].flatMap((dir) =>
  readdirSync(path.join(corpus, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.join(corpus, dir, f)),
);

describe('secrets found in the corpus', () => {
  it('reads the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of files) {
    const name = path.basename(file);
    it(`${name}: exactly its secrets`, () => {
      const restored = restoreText(readFileSync(file, 'utf8'));
      if (!restored.ok) throw new Error(restored.error.message);
      expect(findSecrets(restored.values).map((f) => f.where)).toEqual(EXPECTED[name] ?? []);
    });
  }
});
