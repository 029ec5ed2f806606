import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Turns on what each section hides until asked, so the scan sees every control. */
async function openEverything(page: Page) {
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 1', { exact: true }).fill('hub.example.org');
  await page.getByRole('button', { name: 'Add annotation' }).click();
  await page.getByLabel('Enable an HTTPRoute').check();
  await page.getByLabel(/cert-manager \+ Let's Encrypt/).check();
  await page.getByLabel('Authenticator', { exact: true }).selectOption({ label: 'GitHub' });
  await page.getByRole('button', { name: 'Add profile' }).click();
  await page.getByRole('button', { name: 'Add option' }).click();
  await page.getByRole('button', { name: 'Add resource limit' }).first().click();
  await page.getByLabel('One shared volume (static)').check();
  await page.getByRole('button', { name: 'Add image' }).click();
  await page.getByRole('button', { name: 'Add variable' }).click();
  await page.getByRole('button', { name: 'Add snippet' }).click();
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
}

async function scan(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation in any section (${scheme})`, async ({ page }) => {
    // three full-page scans of a long page: on a busy machine they take more than the default minute
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    expect(await scan(page)).toEqual([]);
    await openEverything(page);
    expect(await scan(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Manifests' }).click();
    expect(await scan(page)).toEqual([]);
  });
}

test('the scan can fail: an unlabelled input is a violation', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => document.querySelector('main')!.append(document.createElement('input')));
  expect((await scan(page)).map((v) => v.id)).toContain('label');
});
