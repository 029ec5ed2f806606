import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { inflateSync } from 'fflate';
import { DICTIONARY_V1_TEXT } from '../src/core/permalink/dictionary-v1.ts';
import { configPreview, expect, test } from './fixtures.ts';

const preview = (page: Page) => page.getByTestId('config-preview');
/** A button of the header's toolbar (Import, Share, New, Undo, Redo). */
const action = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Setup' }).getByRole('button', { name, exact: true });

async function addHost(page: Page, host: string, n = 1) {
  if (n === 1) await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel(`Host ${n}`, { exact: true }).fill(host);
  await expect(preview(page)).toContainText(`- ${host}`);
}

/** Opens the Share dialog and returns the link it shows (the dialog is left open). */
async function shareLink(page: Page): Promise<string> {
  await action(page, 'Share').click();
  const dialog = page.getByRole('dialog', { name: 'Share this setup' });
  await expect(dialog).toBeVisible();
  return dialog.getByRole('textbox', { name: 'Link' }).inputValue();
}

async function closeDialog(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** The work saved in this browser, as the page stored it. */
async function savedWork(page: Page): Promise<{ state: { values: Record<string, unknown> } } | null> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('z2jh-wizard:work') ?? 'null'));
}

/** Waits until the address bar has caught up with the work (it follows after a short pause). */
async function addressSettled(page: Page) {
  let last = '';
  await expect
    .poll(async () => {
      const [url, expected] = [page.url(), await page.evaluate(() => location.href)];
      const same = url === last && url === expected;
      last = url;
      return same;
    }, { intervals: [400, 400, 400] })
    .toBe(true);
}

test('Share gives a link (fragment only) that opens the same config.yaml in a new page, and wins over saved work', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?from=somewhere');
  await addHost(page, 'hub.example.org');
  const shared = await configPreview(page);

  const link = await shareLink(page);
  const dialog = page.getByRole('dialog', { name: 'Share this setup' });
  expect(link.startsWith(`${new URL(baseURL!).origin}${new URL(baseURL!).pathname}#z1.`)).toBe(true);
  expect(link).not.toContain('?');
  const fragment = link.slice(link.indexOf('#') + 1);
  await expect(dialog.getByTestId('share-length')).toContainText(`Fragment length: ${fragment.length} characters`);
  await expect(dialog.getByLabel('Include secrets in the link')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await closeDialog(page);
  await expect(action(page, 'Share')).toBeFocused();

  // Later work is saved in this browser; the link still opens what was shared.
  await addHost(page, 'second.example.org', 2);
  await expect.poll(async () => JSON.stringify(await savedWork(page))).toContain('second.example.org');

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('config-preview')).toHaveText(shared);
  await expect(other.getByRole('status').filter({ hasText: 'shows the setup from the link' })).toBeVisible();
  // Opening the link did not overwrite the saved work …
  expect(JSON.stringify(await savedWork(other))).toContain('second.example.org');
  await other.close(); // (pagehide must not save the link's setup over it either)
  const third = await context.newPage();
  await third.goto('./');
  await expect(third.getByTestId('config-preview')).toContainText('- second.example.org');
  await third.close();
});

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

test('the address bar follows the work without adding history entries, and a reload keeps the work', async ({ page }) => {
  await page.goto('./');
  const entries = await page.evaluate(() => history.length);
  await page.getByLabel('Release name').fill('');
  await page.getByLabel('Release name').pressSequentially('my-hub', { delay: 30 });
  await addHost(page, 'hub.example.org');
  await addressSettled(page);
  expect(page.url()).toContain('#z1.');
  expect(await page.evaluate(() => history.length)).toBe(entries);

  const work = await configPreview(page);
  await page.reload();
  await expect(preview(page)).toHaveText(work);
  await expect(page.getByLabel('Release name')).toHaveValue('my-hub');

  // Without the link, the autosaved work comes back.
  await page.goto('about:blank');
  await page.goto('./');
  await expect(preview(page)).toHaveText(work);
  await expect(page.getByLabel('Release name')).toHaveValue('my-hub');
});

test('a bad or cut-off link shows why and leaves the saved work as it was', async ({ page }) => {
  await page.goto('./');
  await addHost(page, 'shared.example.org');
  const link = await shareLink(page);
  await closeDialog(page);
  await page.getByLabel('Host 1', { exact: true }).fill('mine.example.org');
  await expect.poll(async () => JSON.stringify(await savedWork(page))).toContain('mine.example.org');
  const work = await configPreview(page);

  for (const [bad, message] of [
    ['./#z1.garbage', /damaged/],
    [link.slice(0, -12), /damaged/],
    ['./#z9.AAAA', /newer z2jh-wizard/],
  ] as const) {
    await page.goto('about:blank');
    await page.goto(bad);
    const alert = page.getByRole('alert').filter({ hasText: 'This link could not be opened.' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(message);
    await expect(preview(page)).toHaveText(work);
    expect(JSON.stringify(await savedWork(page))).toContain('mine.example.org');
  }
  await page.getByRole('button', { name: 'Dismiss' }).first().click();
  await expect(page.getByRole('alert').filter({ hasText: 'This link could not be opened.' })).toHaveCount(0);

  // An in-page anchor (the skip link's #preview) is not a link to open, on arrival or later.
  await page.goto('about:blank');
  await page.goto('./#preview');
  await expect(preview(page)).toHaveText(work);
  await page.evaluate(() => (location.hash = 'main'));
  await page.evaluate(() => history.back());
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#preview');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(preview(page)).toHaveText(work);
});

test('after Share, Back and Forward move between the shared setups', async ({ page }) => {
  await page.goto('./');
  await addHost(page, 'a.example.org');
  await shareLink(page);
  await closeDialog(page);
  await page.getByLabel('Host 1', { exact: true }).fill('b.example.org');
  await addressSettled(page);
  await shareLink(page);
  await closeDialog(page);
  await page.getByLabel('Host 1', { exact: true }).fill('c.example.org');
  await addressSettled(page);

  await page.goBack();
  await expect(preview(page)).toContainText('- b.example.org');
  await page.goBack();
  await expect(preview(page)).toContainText('- a.example.org');
  await page.goForward();
  await expect(preview(page)).toContainText('- b.example.org');
  await page.goForward();
  await expect(preview(page)).toContainText('- c.example.org');
});

test('Undo and Redo: buttons, keyboard outside text fields, and more than 100 steps', async ({ page }) => {
  await page.goto('./');
  const undo = action(page, 'Undo');
  const redo = action(page, 'Redo');
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  await page.getByLabel('Enable an Ingress').check();
  await expect(preview(page)).toContainText('enabled: true');
  await undo.click();
  await expect(preview(page)).toHaveText('{}');
  await expect(undo).toBeDisabled();
  await redo.click();
  await expect(preview(page)).toContainText('enabled: true');
  await expect(redo).toBeDisabled();

  // In a text field Ctrl+Z belongs to the field: the wizard's work stays.
  await page.getByLabel('Namespace').focus();
  await page.keyboard.press('Control+z');
  await expect(preview(page)).toContainText('enabled: true');

  await page.getByRole('heading', { name: /z2jh-wizard/ }).click();
  await page.keyboard.press('Control+z');
  await expect(preview(page)).toHaveText('{}');
  await page.keyboard.press('Control+Shift+z');
  await expect(preview(page)).toContainText('enabled: true');
  await page.keyboard.press('Control+z');
  await expect(preview(page)).toHaveText('{}');
  await page.keyboard.press('Control+y');
  await expect(preview(page)).toContainText('enabled: true');

  // 120 separate steps (two fields in turn), then 110 undos.
  const release = page.getByLabel('Release name');
  const namespace = page.getByLabel('Namespace');
  for (let i = 1; i <= 60; i++) {
    await release.fill(`r${i}`);
    await namespace.fill(`n${i}`);
  }
  for (let i = 0; i < 110; i++) await undo.click();
  await expect(release).toHaveValue('r5');
  await expect(namespace).toHaveValue('n5');
  await expect(undo).toBeEnabled();
});

test('New asks first, Escape keeps the work, and confirming starts clean', async ({ page }) => {
  await page.goto('./');
  await addHost(page, 'hub.example.org');
  const work = await configPreview(page);

  const newButton = action(page, 'New');
  await newButton.click();
  const dialog = page.getByRole('dialog', { name: 'Start a new setup?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(newButton).toBeFocused();
  await expect(preview(page)).toHaveText(work);

  await newButton.click();
  await dialog.getByRole('button', { name: 'Start new' }).click();
  await expect(dialog).toBeHidden();
  await expect(preview(page)).toHaveText('{}');
  await expect(page.getByLabel('Enable an Ingress')).not.toBeChecked();

  await page.reload();
  await expect(preview(page)).toHaveText('{}');
});

test('the dialogs and notices pass an accessibility scan', async ({ page }) => {
  const violations = async () => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  await page.goto('./#z1.garbage');
  await expect(page.getByRole('alert')).toBeVisible();
  await action(page, 'Import').click();
  const importDialog = page.getByRole('dialog', { name: 'Import a config.yaml' });
  await importDialog.getByLabel('config.yaml text').fill('proxy:\n  secretToken: "0123456789abcdef0123456789abcdef"\nsingleuser:\n  schedulerStrategy: pack\n');
  await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Imported the pasted text' })).toBeVisible();
  expect(await violations()).toEqual([]);

  await action(page, 'Share').click();
  await page.getByRole('dialog', { name: 'Share this setup' }).getByLabel('Include secrets in the link').check();
  expect(await violations()).toEqual([]);
  await closeDialog(page);

  await action(page, 'Import').click();
  await importDialog.getByLabel('config.yaml text').fill('a: [1\nb: 2\n');
  await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importDialog.getByRole('alert')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('saved work that cannot be read is left out with a notice, never a crash', async ({ page }) => {
  await page.goto('./');
  for (const [stored, reason] of [
    ['{not json', 'it is not readable data'],
    ['{"format":1,"state":{"release":5,"namespace":"x","values":{},"certManager":{}}}', 'the release name is not text'],
    ['{"format":7,"state":{}}', 'saved by a newer version'],
  ] as const) {
    await page.evaluate((s) => localStorage.setItem('z2jh-wizard:work', s), stored);
    await page.goto('about:blank');
    await page.goto('./');
    await expect(page.getByRole('status').filter({ hasText: 'could not be restored' })).toContainText(reason);
    await expect(preview(page)).toHaveText('{}');
  }
  // The first edit replaces what could not be read.
  await page.getByLabel('Enable an Ingress').check();
  await expect.poll(async () => (await savedWork(page))?.state.values).toEqual({ ingress: { enabled: true } });
});

test('Ctrl+Z in the Python editor is the editor’s own undo, not the wizard’s', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Add snippet' }).click();
  const editor = page.getByTestId('python-editor-extraConfig 00-snippet').locator('.monaco-editor');
  await editor.click();
  await page.keyboard.type('c.JupyterHub.admin_access = True');
  await expect(preview(page)).toContainText('c.JupyterHub.admin_access = True');
  await page.getByLabel('Enable an Ingress').check();
  await expect(preview(page)).toContainText('ingress:');

  await editor.click();
  await page.keyboard.press('Control+z');
  await expect(preview(page)).not.toContainText('c.JupyterHub.admin_access = True');
  await expect(page.getByLabel('Enable an Ingress')).toBeChecked();
  await expect(preview(page)).toContainText('ingress:');
});
