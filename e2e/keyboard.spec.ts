import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Presses Tab until the focused element matches, as a keyboard user would; fails after `max`. A
 * field above the focus (a row just added above its Add button) is reached by going round the page.
 */
async function tabTo(page: Page, accessibleName: RegExp, max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.closest('label')?.textContent;
      return (labelled ?? el.textContent ?? '').trim();
    });
    if (accessibleName.test(name)) return;
  }
  throw new Error(`Tab never reached ${accessibleName}`);
}

test('keyboard only: every section can be reached and edited, and the editor can be left', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('config-preview')).toBeVisible();
  await tabTo(page, /^Enable an Ingress$/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Add host$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Host 1$/);
  await page.keyboard.type('hub.example.org');
  await expect(page.getByTestId('config-preview')).toContainText('- hub.example.org');

  // Tab reaches a radio group at its checked button; arrow keys choose within it.
  await tabTo(page, /^None/);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('config-preview')).toContainText('cert-manager.io/cluster-issuer');

  await tabTo(page, /^Add profile$/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('config-preview')).toContainText('- display_name: Profile 1');

  await tabTo(page, /^Pack/);
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('config-preview')).toContainText('userScheduler:\n    enabled: false');

  await tabTo(page, /^Continuous pre-puller$/);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('config-preview')).toContainText('continuous:\n    enabled: false');

  await tabTo(page, /^Cull idle servers$/);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('config-preview')).toContainText('cull:\n  enabled: false');

  await tabTo(page, /^Add snippet$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Python: extraConfig 00-snippet/);
  await page.keyboard.type('c.Spawner.start_timeout = 600');
  await expect(page.getByTestId('config-preview')).toContainText('c.Spawner.start_timeout = 600');
  // Tab inserts indentation in the editor; Escape leaves it, and the next Tab goes on.
  await page.keyboard.press('Escape');
  const focused = await page.evaluate(() => document.activeElement?.closest('.monaco-editor') === null);
  expect(focused).toBe(true);

  // The focus is visible wherever it lands.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('a skip link jumps from the top of the page to the preview', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('config-preview')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the preview' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#preview')).toBeFocused();
});

test('Enter in a text field keeps the page and the work (the sections are forms that never submit)', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  const host = page.getByLabel('Host 1', { exact: true });
  await host.fill('hub.example.org');
  const url = page.url();
  await page.evaluate(() => { (window as unknown as { stillHere: boolean }).stillHere = true; });
  await host.press('Enter');
  await page.getByLabel('Ingress class').fill('nginx');
  await page.getByLabel('Ingress class').press('Enter');
  await expect(page.getByTestId('config-preview')).toContainText('ingressClassName: nginx');
  // whatever makes a section's form submit (Enter where a form has one text field, say) does nothing
  const forms = await page.evaluate(() => {
    const all = [...document.querySelectorAll('form')];
    for (const f of all) f.requestSubmit();
    return all.length;
  });
  expect(forms).toBeGreaterThan(3);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  expect(page.url().split('#')[0]).toBe(url.split('#')[0]);
  await expect(host).toHaveValue('hub.example.org');
});
