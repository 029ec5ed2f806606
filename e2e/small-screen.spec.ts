import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 375, height: 740 } });

test('usable at 375 px: no sideways scrolling, forms then preview, controls reachable', async ({ page }) => {
  await page.goto('./');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);

  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 1', { exact: true }).fill('a-rather-long-host-name.example.org');
  await page.getByLabel(/cert-manager \+ Let's Encrypt/).check();
  await page.getByRole('button', { name: 'Add image' }).click();
  await page.getByRole('button', { name: 'Add snippet' }).click();
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
  expect(await overflow()).toBe(0);

  // Stacked: the preview comes after the forms, full width.
  const forms = await page.locator('.forms').boundingBox();
  const preview = await page.locator('#preview').boundingBox();
  expect(preview!.y).toBeGreaterThan(forms!.y + forms!.height - 1);
  expect(preview!.width).toBeGreaterThan(330);
  await page.getByTestId('config-preview').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('config-preview')).toContainText('a-rather-long-host-name.example.org');
});
