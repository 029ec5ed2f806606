import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { action, addHost, closeDialog, shareLink } from './share-helpers.ts';

// config.yaml as a two-way editor: typed text reaches the forms, the manifests, links and the
// saved work; a form edit keeps what was typed around it; the chart's keys are offered; a text
// that does not read changes nothing; keyboard users can leave the editor.

const light = (page: Page) => page.getByTestId('config-preview');
const editor = (page: Page) => page.getByTestId('config-editor').locator('.monaco-editor');

/** Clicks into config.yaml (the editor loads then) and waits until it has the focus. */
async function openEditor(page: Page) {
  await light(page).click();
  await expect(editor(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="config-editor"] .monaco-editor') != null)).toBe(true);
}

/** Pastes text at the end of config.yaml, as an admin pastes a block (pasting does not re-indent it). */
async function typeAtEnd(page: Page, text: string) {
  await page.keyboard.press('Control+End');
  await paste(page, text);
}

async function paste(page: Page, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}


async function downloadedConfig(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download config.yaml', exact: true }).click()]);
  return readFile((await download.path())!, 'utf8');
}

const manifestsTab = (page: Page) => page.getByRole('tab', { name: 'Manifests' });
const configTab = (page: Page) => page.getByRole('tab', { name: 'config.yaml' });
const hubPvc = (page: Page) => page.getByTestId('resource PersistentVolumeClaim hub-db-dir');

test('a key the forms lack, typed into config.yaml, reaches the manifests, the link and a reload; a comment above it survives a form edit', async ({ page, browser, baseURL }) => {
  await page.goto('./');
  await addHost(page, 'hub.example.org');
  await manifestsTab(page).click();
  await expect(hubPvc(page)).toBeVisible();
  await configTab(page).click();

  await openEditor(page);
  await typeAtEnd(page, '# the hub database lives in memory for this demo\nhub:\n  db:\n    type: sqlite-memory\n');
  // read after a pause in typing, as a form field's edit
  await manifestsTab(page).click();
  await expect(page.getByTestId('manifests-preview')).toBeVisible();
  await expect(hubPvc(page)).toHaveCount(0);
  await configTab(page).click();

  // a form edit changes the host in place; the typed comment and key stay where they were
  await page.getByLabel('Host 1', { exact: true }).fill('jupyter.example.org');
  await expect(light(page)).toContainText('- jupyter.example.org');
  const text = await downloadedConfig(page);
  expect(text).toContain('- jupyter.example.org');
  expect(text).not.toContain('hub.example.org');
  expect(text).toMatch(/# the hub database lives in memory for this demo\nhub:\n {2}db:\n {4}type: sqlite-memory\n/);

  // the Share link holds the key
  const link = await shareLink(page);
  await closeDialog(page);
  const other = await browser.newContext({ baseURL: baseURL! });
  const opened = await other.newPage();
  await opened.goto(link);
  await expect(light(opened)).toContainText('type: sqlite-memory');
  await opened.getByRole('tab', { name: 'Manifests' }).click();
  await expect(opened.getByTestId('resource Deployment hub')).toBeVisible();
  await expect(opened.getByTestId('resource PersistentVolumeClaim hub-db-dir')).toHaveCount(0);
  await other.close();

  // a reload keeps the text as typed, comment included
  await page.reload();
  await expect(light(page)).toContainText('# the hub database lives in memory for this demo');
  await expect(light(page)).toContainText('type: sqlite-memory');
  await expect(page.getByLabel('Host 1', { exact: true })).toHaveValue('jupyter.example.org');
});

test('Undo takes back a text edit, Redo brings it again', async ({ page }) => {
  await page.goto('./');
  await addHost(page, 'hub.example.org');
  await openEditor(page);
  await typeAtEnd(page, 'debug:\n  enabled: true\n');
  await expect(page.getByLabel('Host 1', { exact: true })).toHaveValue('hub.example.org');
  await expect(action(page, 'Undo')).toBeEnabled();
  await expect.poll(async () => (await downloadedConfig(page)).includes('debug:')).toBe(true);
  await action(page, 'Undo').click();
  await expect(editor(page)).not.toContainText('debug:');
  await expect.poll(async () => (await downloadedConfig(page)).includes('debug:')).toBe(false);
  await action(page, 'Redo').click();
  await expect(editor(page)).toContainText('debug:');
});

test('completion offers singleuser.storage.capacity after singleuser: / storage:, with its type and default; the hover links to the reference', async ({ page }) => {
  await page.goto('./');
  await openEditor(page);
  await page.keyboard.press('Control+A');
  await paste(page, 'singleuser:\n  storage:\n    ');
  await page.keyboard.press('Control+Space');
  const suggestions = page.locator('.suggest-widget');
  await expect(suggestions).toBeVisible();
  await page.keyboard.type('capa');
  const item = suggestions.getByRole('option', { name: /capacity/ });
  await expect(item).toBeVisible();
  await expect(item).toContainText('default "10Gi"');
  await page.keyboard.press('Enter');
  await page.keyboard.type('5Gi');
  await expect(editor(page)).toContainText('capacity: 5Gi');
  await expect.poll(async () => downloadedConfig(page)).toBe('singleuser:\n  storage:\n    capacity: 5Gi');

  // the hover over the key names its path and links to its entry in the chart's reference
  await editor(page).locator('.view-line span', { hasText: /^capacity$/ }).first().hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'singleuser.storage.capacity' });
  await expect(hover).toContainText('singleuser.storage.capacity');
  await expect(hover.getByRole('link', { name: /singleuser\.storage\.capacity in the chart's configuration reference/ })).toHaveAttribute(
    'data-href',
    'https://z2jh.jupyter.org/en/stable/resources/reference.html#singleuser-storage-capacity',
  );
});

test('text that does not read shows its mark and changes nothing; it is kept across a reload', async ({ page }) => {
  await page.goto('./');
  await addHost(page, 'hub.example.org');
  const before = await downloadedConfig(page);
  await openEditor(page);
  await typeAtEnd(page, 'hub:\n  db: [\n');
  const notice = page.getByTestId('config-draft-error');
  await expect(notice).toContainText('YAML syntax error');
  await expect(notice).toContainText('Nothing changed');
  await expect(editor(page).locator('.squiggly-error')).toHaveCount(1);
  expect(await downloadedConfig(page)).toBe(before);
  await manifestsTab(page).click();
  await expect(hubPvc(page)).toBeVisible();
  await configTab(page).click();

  await page.reload();
  await expect(light(page)).toContainText('db: [');
  await expect(page.getByTestId('config-draft-error')).toContainText('YAML syntax error');
  expect(await downloadedConfig(page)).toBe(before);
  // fixed, it reads and becomes the work
  await openEditor(page);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('{}');
  await expect(page.getByTestId('config-draft-error')).toHaveCount(0);
  await expect.poll(async () => downloadedConfig(page)).toBe(`${before}hub:\n  db: {}`);
});

test('keyboard users leave the editor with Escape then Tab, or Ctrl+M then Tab, as the page says', async ({ page }) => {
  await page.goto('./');
  // Tab reaches config.yaml and goes past it; Enter there opens the editor
  await light(page).focus();
  await page.keyboard.press('Tab');
  await expect(light(page)).not.toBeFocused();
  await light(page).focus();
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeVisible();
  const inEditor = () => page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null);
  await expect.poll(inEditor).toBe(true);
  await expect(page.getByText('to leave the editor press Esc, then Tab (or Ctrl+M, then Tab)')).toBeVisible();
  // Tab indents inside the editor
  await page.keyboard.press('Tab');
  expect(await inEditor()).toBe(true);
  await page.keyboard.press('Escape');
  expect(await inEditor()).toBe(false);
  await page.keyboard.press('Tab');
  expect(await inEditor()).toBe(false);
  // Shift+Tab from the frame goes back to the controls above it
  await editor(page).click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Copy config.yaml' })).toBeFocused();

  await editor(page).click();
  await expect.poll(inEditor).toBe(true);
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Tab');
  expect(await inEditor()).toBe(false);
});

test('problems are marked at their lines in the editor: a cross-field check and a value the chart refuses', async ({ page }) => {
  await page.goto('./');
  await openEditor(page);
  await page.keyboard.press('Control+A');
  await paste(page, 'ingress:\n  enabled: true\n  hosts:\n    - Bad_Host.example.org\nproxy:\n  service:\n    type: Nodeport\n');
  // the host is no DNS name (an error at its line); the Service type is none the chart accepts (said at its line)
  await expect(editor(page).locator('.squiggly-error')).toHaveCount(1);
  await expect(editor(page).locator('.squiggly-warning')).toHaveCount(1);
  await expect(page.getByLabel('Host 1', { exact: true })).toHaveValue('Bad_Host.example.org');
  await editor(page).locator('.view-line span', { hasText: /^Nodeport$/ }).first().hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'Not one of the values' })).toBeVisible();
});
