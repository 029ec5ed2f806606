import { expect, test } from './fixtures.ts';

test.use({ allowPageErrors: true });

test('a preview that fails shows why, and the forms, the other tabs and the work stay', async ({ page }) => {
  // The manifests tab's code cannot be fetched (a flaky network, a half-deployed update).
  await page.route(/ManifestsPreview-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./');
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('tab', { name: 'Manifests' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The manifests preview hit an error' })).toBeVisible();
  await expect(page.getByText('Your work is kept.')).toBeVisible();

  // the rest of the page works: edit, and see it in config.yaml
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 1', { exact: true }).fill('hub.example.org');
  await page.getByRole('tab', { name: 'config.yaml' }).click();
  await expect(page.getByTestId('config-preview')).toContainText('- hub.example.org');

  // and the work survives a reload
  await page.unroute(/ManifestsPreview-[^/]*\.js$/);
  // the autosave runs a moment after the last edit
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).join('\n'))).toContain('hub.example.org');
  await page.reload();
  await expect(page.getByTestId('config-preview')).toContainText('- hub.example.org');
});

test.describe('without storage', () => {
  test.use({ allowPageErrors: false });

  test('storage denied (a cross-site frame, a browser setting): the page works, edits and themes, and says nothing breaks', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('./');
    await page.getByLabel('Enable an Ingress').check();
    await expect(page.getByTestId('config-preview')).toContainText('enabled: true');
    await page.getByRole('button', { name: /^Theme: system/ }).click();
    await expect(page.getByRole('button', { name: /^Theme: dark/ })).toBeVisible();
  });

  test('storage full: the theme toggle still works and the page does not break', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('./');
    await page.getByRole('button', { name: /^Theme: system/ }).click();
    await expect(page.getByRole('button', { name: /^Theme: dark/ })).toBeVisible();
    await page.getByLabel('Enable an Ingress').check();
    await expect(page.getByTestId('config-preview')).toContainText('enabled: true');
  });
});
