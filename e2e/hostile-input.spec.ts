import type { Page } from '@playwright/test';
import { deepJson, handMadeLink } from '../src/core/restore/fuzz/hand-made-link.ts';
import { expect, test } from './fixtures.ts';

const linkAlert = (page: Page) => page.getByRole('alert').filter({ hasText: 'This link could not be opened.' });

/** The page still works: a form edit reaches the preview. */
async function expectUsable(page: Page) {
  await page.getByLabel('Enable an Ingress').check();
  await expect(page.getByTestId('config-preview')).toContainText('enabled: true');
}

test('a short link nesting 5,000 maps is refused with the reason; the page stays up', async ({ page }) => {
  let deep: unknown = 1;
  for (let i = 0; i < 5000; i++) deep = { a: deep };
  const link = handMadeLink(`{"c":"4.4.0","v":${deepJson({ custom: deep })}}`);
  expect(link.length).toBeLessThan(400);
  await page.goto(`./#${link}`);
  await expect(linkAlert(page)).toContainText('more than 64 levels deep');
  await expectUsable(page);
});

test('a link with 120,000 keys is refused with the reason, without freezing the tab', async ({ page }) => {
  const custom: Record<string, number> = {};
  for (let i = 0; i < 120_000; i++) custom[`k${i}`] = i;
  await page.goto(`./#${handMadeLink(JSON.stringify({ c: '4.4.0', v: { custom } }))}`);
  await expect(linkAlert(page)).toContainText('far more than any real setup');
  await expectUsable(page);
});

test('an import helm would refuse (a control character) is refused with its line and column, and changes nothing', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('toolbar', { name: 'Setup' }).getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a config.yaml' });
  await dialog.getByLabel('config.yaml text').fill('hub:\n  baseUrl: /x\u0007y/\n');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('control characters');
  await expect(dialog.getByTestId('import-error-position')).toHaveText('line 2, column 14');
});
