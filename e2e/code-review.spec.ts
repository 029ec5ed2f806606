import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { decodePermalink, encodePermalink } from '../src/core/permalink/index.ts';
import { initialState } from '../src/core/model/state.ts';
import type { JsonObject } from '../src/core/model/json.ts';
import { configPreview, expect, test } from './fixtures.ts';
import { action, closeDialog, preview, shareLink } from './share-helpers.ts';

// Code that arrives with a link or an import waits in a review panel before it joins the work.

const SNIPPET = 'c.JupyterHub.log_level = "DEBUG"  # from the link\n';
const SNIPPET_PLACE = 'hub.extraConfig["00-debug"]';
const CONTAINER_PLACE = 'hub.extraContainers[0]';

/** A link to a setup with an Ingress host, and the code given. */
function linkWith(code: JsonObject): string {
  const values: JsonObject = { ingress: { enabled: true, hosts: ['hub.example.org'] }, ...code };
  return `./#${encodePermalink({ ...initialState(), values }).fragment}`;
}

const withSnippet = { hub: { extraConfig: { '00-debug': SNIPPET } } };
const withSnippetAndSidecar = { hub: { extraConfig: { '00-debug': SNIPPET }, extraContainers: [{ name: 'sidecar-x', image: 'busybox:1.36', command: ['sleep', 'infinity'] }] } };

const panel = (page: Page) => page.getByRole('region', { name: /wait(s)? for your review/ });
const piece = (page: Page, place: string) => page.getByTestId(`code-piece-${place}`);

async function downloaded(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download config.yaml' }).click()]);
  return readFile((await download.path())!, 'utf8');
}

test('a link with an extraConfig snippet opens with the review panel; the snippet joins config.yaml only once accepted', async ({ page }) => {
  await page.goto(linkWith(withSnippet));
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('1 piece of code waits for your review');
  // the Python is shown in the (read-only) Python editor
  const editor = piece(page, SNIPPET_PLACE).locator('.monaco-editor');
  await expect(editor).toBeVisible();
  await expect(editor).toContainText('log_level');
  // read-only: typing into it changes nothing
  await piece(page, SNIPPET_PLACE).getByRole('textbox', { name: /Python \(read-only\)/ }).focus();
  await page.keyboard.type('zzz');
  await expect(editor).toContainText('log_level');
  await expect(editor).not.toContainText('zzz');
  // the rest of the link's setup is there, the snippet is not: not in the preview, nor in a download
  await expect(preview(page)).toContainText('hub.example.org');
  expect(await configPreview(page)).not.toContain('log_level');
  expect(await downloaded(page)).not.toContain('log_level');
  // nor in a share link, as the Share dialog says
  const link = await shareLink(page);
  await expect(page.getByTestId('share-review-note')).toHaveText(/The piece of code that waits for your review is not in the link/);
  const shared = decodePermalink(link.slice(link.indexOf('#') + 1));
  expect(shared.ok && shared.state.values).toEqual({ ingress: { enabled: true, hosts: ['hub.example.org'] } });
  await closeDialog(page);

  await piece(page, SNIPPET_PLACE).getByRole('button', { name: `Accept ${SNIPPET_PLACE}` }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(preview(page)).toContainText('c.JupyterHub.log_level = "DEBUG"');
  expect(await downloaded(page)).toContain('c.JupyterHub.log_level = "DEBUG"');
});

test('dropping a piece leaves it out; a sidecar container waits and is accepted the same way', async ({ page }) => {
  await page.goto(linkWith(withSnippetAndSidecar));
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('2 pieces of code wait for your review');
  await expect(piece(page, CONTAINER_PLACE)).toContainText('Container sidecar-x (image busybox:1.36)');
  await expect(piece(page, CONTAINER_PLACE)).toContainText('command:');
  expect(await configPreview(page)).not.toContain('sidecar-x');

  await piece(page, SNIPPET_PLACE).getByRole('button', { name: `Drop ${SNIPPET_PLACE}` }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('1 piece of code waits for your review');
  expect(await configPreview(page)).not.toContain('log_level');
  expect(await configPreview(page)).not.toContain('sidecar-x');

  await piece(page, CONTAINER_PLACE).getByRole('button', { name: `Accept ${CONTAINER_PLACE}` }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(preview(page)).toContainText('name: sidecar-x');
  expect(await configPreview(page)).not.toContain('log_level');
  // the container is in the hub's pod the chart renders
  await page.getByRole('tab', { name: 'Manifests' }).click();
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByTestId('manifests-preview')).toContainText('sidecar-x');
});

test('the code waiting for review survives a reload, and so does what was decided', async ({ page }) => {
  await page.goto(linkWith(withSnippetAndSidecar));
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('2 pieces of code wait for your review');
  await page.reload();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('2 pieces of code wait for your review');
  await expect(page.getByRole('dialog')).toHaveCount(0); // the page's own saved work, no question about the link

  await piece(page, CONTAINER_PLACE).getByRole('button', { name: `Accept ${CONTAINER_PLACE}` }).click();
  await expect(preview(page)).toContainText('name: sidecar-x');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('1 piece of code waits for your review');
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('z2jh-wizard:work') ?? '{}')?.state?.review?.length)).toBe(1);
  await page.reload();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('1 piece of code waits for your review');
  await expect(piece(page, SNIPPET_PLACE)).toBeVisible();
  await expect(preview(page)).toContainText('name: sidecar-x');
  expect(await configPreview(page)).not.toContain('log_level');
});

test('an imported file with code waits too; Accept all takes every piece, Undo puts them back in review', async ({ page }) => {
  await page.goto('./');
  await action(page, 'Import').click();
  const dialog = page.getByRole('dialog', { name: 'Import a config.yaml' });
  await dialog.getByLabel('config.yaml text').fill(
    ['hub:', '  extraConfig:', '    00-debug: |', '      c.JupyterHub.log_level = "DEBUG"', 'singleuser:', '  lifecycleHooks:', '    postStart:', '      exec:', '        command: ["sh", "-c", "echo hi"]', ''].join('\n'),
  );
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('2 pieces of code wait for your review');
  await expect(piece(page, 'singleuser.lifecycleHooks')).toContainText('echo hi');
  expect(await configPreview(page)).not.toContain('lifecycleHooks');

  await panel(page).getByRole('button', { name: 'Accept all 2' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(preview(page)).toContainText('lifecycleHooks:');
  await expect(preview(page)).toContainText('c.JupyterHub.log_level = "DEBUG"');
  await action(page, 'Undo').click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('2 pieces of code wait for your review');
  expect(await configPreview(page)).not.toContain('lifecycleHooks');
});

test('the review panel works from the keyboard and axe finds no violation in it', async ({ page }) => {
  // the snippet's comment is in the scan: dark Monaco's own comment colour is below 4.5:1
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(linkWith(withSnippetAndSidecar));
    await expect(piece(page, SNIPPET_PLACE).locator('.monaco-editor')).toHaveClass(scheme === 'dark' ? /vs-dark/ : /\bvs\b/);
    await expect(piece(page, SNIPPET_PLACE).locator('.monaco-editor')).toContainText('from the link');
    const results = await new AxeBuilder({ page }).include('.code-review').analyze();
    expect(results.violations.map((v) => ({ scheme, id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
  }

  const drop = panel(page).getByRole('button', { name: `Drop ${CONTAINER_PLACE}` });
  await drop.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('1 piece of code waits for your review');
  // the focus stays in the panel, on its heading, and Tab reaches the next action
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel(page).getByRole('button', { name: 'Accept all 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveCount(0);
  await expect(preview(page)).toContainText('log_level');
  expect(await configPreview(page)).not.toContain('sidecar-x');
});

test('a link with many snippets: only the pieces near the screen get an editor, the rest show as text until scrolled to', async ({ page }) => {
  const extraConfig: JsonObject = {};
  for (let i = 0; i < 30; i++) extraConfig[`${String(i).padStart(2, '0')}-snippet`] = `c.Spawner.env_keep = ["SNIPPET_${i}"]\n`;
  await page.goto(linkWith({ hub: { extraConfig } }));
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('30 pieces of code wait for your review');
  const first = piece(page, 'hub.extraConfig["00-snippet"]');
  const last = piece(page, 'hub.extraConfig["29-snippet"]');
  await expect(first.locator('.monaco-editor')).toBeVisible();
  // the last piece, far below the screen, is its code as plain text: no editor for it yet
  await expect(last.locator('pre')).toHaveText('c.Spawner.env_keep = ["SNIPPET_29"]\n');
  await expect(last.locator('.monaco-editor')).toHaveCount(0);
  expect(await panel(page).locator('.monaco-editor').count()).toBeLessThan(30);
  // scrolled to, it becomes the read-only editor
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('.monaco-editor')).toContainText('SNIPPET_29');
});
