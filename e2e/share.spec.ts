import AxeBuilder from '@axe-core/playwright';
import { configPreview, expect, test } from './fixtures.ts';
import { action, addHost, addressSettled, closeDialog, preview, savedWork, shareLink } from './share-helpers.ts';

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
