import type { Page } from '@playwright/test';
import { inflateSync } from 'fflate';
import { DICTIONARY_V1_TEXT } from '../src/core/permalink/dictionary-v1.ts';
import { expect, test } from './fixtures.ts';
import { action, addressSettled, closeDialog, preview, savedWork, shareLink } from './share-helpers.ts';

// Secrets and links: the Share dialog leaves them out and names them; the address bar never holds them.

test('secrets stay out of the link unless the admin includes them', async ({ page, context }) => {
  await page.goto('./');
  await action(page, 'Import').click();
  const importDialog = page.getByRole('dialog', { name: 'Import a config.yaml' });
  await importDialog.getByLabel('config.yaml text').fill('proxy:\n  secretToken: "0123456789abcdef0123456789abcdef"\nhub:\n  concurrentSpawnLimit: 7\n');
  await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(preview(page)).toContainText('0123456789abcdef0123456789abcdef');

  const safeLink = await shareLink(page);
  const dialog = page.getByRole('dialog', { name: 'Share this setup' });
  await expect(dialog.getByRole('group')).toContainText('Secrets left out of the link');
  await expect(dialog.getByRole('group')).toContainText('proxy.secretToken');
  expect(safeLink).not.toContain('0123456789abcdef');

  await dialog.getByLabel('Include secrets in the link').check();
  await expect(dialog.getByRole('group')).toContainText('This link contains secrets');
  const secretLink = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(secretLink).not.toBe(safeLink);
  await closeDialog(page);
  // The address bar never carries the secrets.
  expect(page.url()).toBe(safeLink);

  // Only the link carries the setup to the next pages.
  await expect.poll(async () => JSON.stringify(await savedWork(page))).toContain('secretToken');
  await page.evaluate(() => localStorage.clear());
  const withSecret = await context.newPage();
  await withSecret.goto(secretLink);
  await expect(withSecret.getByTestId('config-preview')).toContainText('secretToken: 0123456789abcdef0123456789abcdef');
  await withSecret.close();

  await page.evaluate(() => localStorage.clear());
  const without = await context.newPage();
  await without.goto(safeLink);
  await expect(without.getByTestId('config-preview')).toContainText('concurrentSpawnLimit: 7');
  await expect(without.getByTestId('config-preview')).not.toContainText('0123456789abcdef');
  await expect(without.getByRole('status').filter({ hasText: 'left these secrets out' })).toContainText('proxy.secretToken');
  await without.close();
});

/** The JSON a z1 link (a whole address, or its `#…`) carries, as it travels (before the page restores it). */
function linkJson(link: string): string {
  const bytes = Buffer.from(link.slice(link.indexOf('#') + 1).replace(/^z1\./, ''), 'base64url');
  return new TextDecoder().decode(inflateSync(bytes.subarray(0, bytes.length - 4), { dictionary: new TextEncoder().encode(DICTIONARY_V1_TEXT) }));
}

/** A config.yaml with one secret of each family the links used to carry, and near misses that must stay. */
const SECRETS = {
  'proxy.secretToken': 'e2eProxyTok0123456789abcdef0123456789abcdef',
  'hub.db.url': 'E2eDbUrlPw-4410',
  'hub.config.JupyterHub.api_tokens (the token of "alice")': 'E2eApiTokKey-a1b2c3d4e5f6',
  'hub.config.GenericOAuthenticator.client_secret': 'E2eOAuthSecret-6060',
  'hub.extraEnv.DATABASE_URL': 'E2eEnvDbPw-2290',
  'hub.extraContainers[0].args[0]': 'E2eArgsPw-5120',
  'hub.extraContainers[0].env[0].value': 'E2eSidecarKey-3391',
  'hub.extraConfig.auth (line 1)': 'E2ePyUrlPw-3301',
  'hub.extraConfig.auth (line 2)': 'E2ePyLdapPw-1212',
  'hub.extraFiles.extra.stringData (line 1)': 'E2ePyFileSecret-7788',
  'singleuser.lifecycleHooks.postStart.exec.command[2]': 'E2eLifeBearer-7782abc',
  'singleuser.initContainers[0].env[0].value': 'xoxb-2291-8812-E2eSlackBotTok',
  'ingress.annotations["nginx.ingress.kubernetes.io/auth-url"]': 'E2eAuthUrlPw-5521',
  'ingress.annotations["nginx.ingress.kubernetes.io/configuration-snippet"]': 'E2eIngressBearer-88aa77bb',
  'custom.alerts.slack': 'E2eSlackHook9876xyzAB',
  'custom.databases[0].password': 'E2eCustomListPw-1010',
};
const NEAR_MISSES = ['hub.example.org', 'basic-auth', 'e2e-public-client', 'https://idp.example.org/oauth/token', 'jhub', 'db.internal:5432/jupyterhub', '--port=8080', 'hooks.slack.com'];
const CONFIG_WITH_SECRETS = `proxy:
  secretToken: "${SECRETS['proxy.secretToken']}"
hub:
  db:
    type: postgres
    url: postgresql://jhub:${SECRETS['hub.db.url']}@db.internal:5432/jupyterhub
  config:
    JupyterHub:
      api_tokens:
        ${SECRETS['hub.config.JupyterHub.api_tokens (the token of "alice")']}: alice
    GenericOAuthenticator:
      client_id: e2e-public-client
      client_secret: ${SECRETS['hub.config.GenericOAuthenticator.client_secret']}
      token_url: https://idp.example.org/oauth/token
  extraEnv:
    DATABASE_URL: postgres://app:${SECRETS['hub.extraEnv.DATABASE_URL']}@pg.internal/app
  extraContainers:
    - name: sidecar
      image: ghcr.io/example/sidecar:1.2.3
      args: ["--db-password=${SECRETS['hub.extraContainers[0].args[0]']}", "--port=8080"]
      env:
        - name: API_KEY
          value: ${SECRETS['hub.extraContainers[0].env[0].value']}
  extraConfig:
    auth: |
      c.JupyterHub.db_url = "mysql://hub:${SECRETS['hub.extraConfig.auth (line 1)']}@mysql.internal/hub"
      c.LDAPAuthenticator.lookup_dn_search_password = "${SECRETS['hub.extraConfig.auth (line 2)']}"
  extraFiles:
    extra:
      mountPath: /usr/local/etc/jupyterhub/jupyterhub_config.d/extra.py
      stringData: |
        c.GitHubOAuthenticator.client_secret = "${SECRETS['hub.extraFiles.extra.stringData (line 1)']}"
singleuser:
  lifecycleHooks:
    postStart:
      exec:
        command: ["sh", "-c", "curl -H 'Authorization: Bearer ${SECRETS['singleuser.lifecycleHooks.postStart.exec.command[2]']}' https://api.example.org/hook"]
  initContainers:
    - name: notify
      image: curlimages/curl:8.8.0
      env:
        - name: NOTIFY
          value: ${SECRETS['singleuser.initContainers[0].env[0].value']}
ingress:
  enabled: true
  hosts: [hub.example.org]
  annotations:
    nginx.ingress.kubernetes.io/auth-url: https://authuser:${SECRETS['ingress.annotations["nginx.ingress.kubernetes.io/auth-url"]']}@auth.example.org/validate
    nginx.ingress.kubernetes.io/configuration-snippet: 'proxy_set_header Authorization "Bearer ${SECRETS['ingress.annotations["nginx.ingress.kubernetes.io/configuration-snippet"]']}";'
    nginx.ingress.kubernetes.io/auth-secret: basic-auth
custom:
  alerts:
    slack: https://hooks.slack.com/services/T024BE7LD/B08UV1ABC/${SECRETS['custom.alerts.slack']}
  databases:
    - name: analytics
      password: ${SECRETS['custom.databases[0].password']}
`;

async function importText(page: Page, text: string) {
  await action(page, 'Import').click();
  const importDialog = page.getByRole('dialog', { name: 'Import a config.yaml' });
  await importDialog.getByLabel('config.yaml text').fill(text);
  await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importDialog).toHaveCount(0);
  // the file's own code waits for review first (code-review.spec.ts); the admin takes it all
  await page.getByRole('region', { name: /wait(s)? for your review/ }).getByRole('button', { name: /^Accept all/ }).click();
}

const carried = (json: string) => Object.values(SECRETS).filter((secret) => json.includes(secret));

test('the address bar never carries a secret, and Share names each one it leaves out', async ({ page, context }) => {
  await page.goto('./');
  await importText(page, CONFIG_WITH_SECRETS);
  await expect(preview(page)).toContainText(SECRETS['hub.config.GenericOAuthenticator.client_secret']);
  await addressSettled(page);
  const address = await page.evaluate(() => location.hash);
  expect(address).toMatch(/^#z1\./);
  const json = linkJson(address);
  expect(carried(json)).toEqual([]);
  expect(NEAR_MISSES.filter((text) => !json.includes(text))).toEqual([]);
  // the work saved in this browser keeps them
  await expect.poll(async () => carried(JSON.stringify(await savedWork(page)))).toEqual(Object.values(SECRETS));

  const safeLink = await shareLink(page);
  const dialog = page.getByRole('dialog', { name: 'Share this setup' });
  const count = Object.keys(SECRETS).length;
  await expect(dialog.getByRole('group')).toContainText(`Secrets left out of the link (${count} secrets)`);
  await expect(dialog.getByTestId('share-secrets-note')).toContainText('The link holds none of them');
  const listed = dialog.getByRole('list', { name: 'Secrets left out of this link' }).getByRole('listitem');
  await expect(listed).toHaveCount(count);
  for (const where of Object.keys(SECRETS)) await expect(dialog.getByRole('list').getByText(where, { exact: true })).toBeVisible();
  await expect(listed.filter({ hasText: 'hub.db.url' })).toContainText('the password in the URL');
  expect(carried(linkJson(safeLink))).toEqual([]);
  expect(safeLink).toBe(page.url());

  await dialog.getByLabel('Include secrets in the link').check();
  await expect(dialog.getByRole('group')).toContainText(`This link contains secrets (${count} secrets)`);
  await expect(dialog.getByTestId('share-secrets-warning')).toContainText('Anyone who has this link can read these passwords, tokens and keys');
  await expect(dialog.getByRole('list', { name: 'Secrets in this link' }).getByRole('listitem')).toHaveCount(count);
  const secretLink = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(carried(linkJson(secretLink))).toEqual(Object.values(SECRETS));
  await closeDialog(page);
  expect(carried(linkJson(await page.evaluate(() => location.hash)))).toEqual([]);

  // A link that carries secrets opens with them, and leaves the address bar at once.
  const other = await context.newPage();
  await other.goto(secretLink);
  await expect(other.getByTestId('config-preview')).toContainText(SECRETS['hub.config.GenericOAuthenticator.client_secret']);
  await expect.poll(async () => carried(linkJson(await other.evaluate(() => location.hash)))).toEqual([]);
  expect(await other.evaluate(() => location.hash)).toBe(new URL(safeLink).hash);
  // The address is the same setup as the saved work, so a reload opens that work, secrets and all.
  await other.reload();
  await expect(other.getByTestId('config-preview')).toContainText(SECRETS['hub.db.url']);
  expect(carried(linkJson(await other.evaluate(() => location.hash)))).toEqual([]);
  // Without it, the address opens as the link it now is: without them, and saying where they were.
  await other.evaluate(() => localStorage.clear());
  await other.reload();
  await expect(other.getByRole('status').filter({ hasText: 'left these secrets out' })).toContainText('hub.db.url: the password in the URL');
  await expect(other.getByTestId('config-preview')).not.toContainText(SECRETS['hub.db.url']);
  await other.close();
});
