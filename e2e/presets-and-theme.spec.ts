import { expect, test } from './fixtures.ts';

const preview = (page: import('@playwright/test').Page) => page.getByTestId('config-preview');

test('each preset fills the forms in one click, and Undo brings the work back', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Enable an Ingress').check();
  await expect(preview(page)).toHaveText('ingress:\n  enabled: true\n');

  await page.getByRole('button', { name: "Ingress + cert-manager (Let's Encrypt)" }).click();
  await expect(preview(page)).toContainText('cert-manager.io/cluster-issuer: letsencrypt-prod');
  await expect(preview(page)).toContainText('type: ClusterIP');
  await expect(page.getByLabel(/cert-manager \+ Let's Encrypt/)).toBeChecked();
  // the one thing a preset cannot know is asked for beside its field
  await expect(page.locator('.field', { has: page.getByLabel("E-mail for Let's Encrypt") }).locator('.msg-error')).toBeVisible();

  await page.getByRole('button', { name: 'Gateway API (HTTPRoute)' }).click();
  await expect(preview(page)).toContainText('httpRoute:\n  enabled: true');
  await expect(preview(page)).not.toContainText('ingress:');

  await page.getByRole('button', { name: "The chart's automatic HTTPS, no ingress" }).click();
  await expect(preview(page)).toContainText('https:\n    enabled: true\n    hosts:\n      - hub.example.org');

  await page.getByRole('button', { name: /Autoscaling cluster/ }).click();
  await expect(preview(page)).toContainText('podPriority:\n    enabled: true');
  await expect(preview(page)).toContainText('replicas: 2');
  // the continuous pre-puller is the chart's default, so it is on without a line; the hook is off
  await expect(page.getByLabel('Continuous pre-puller')).toBeChecked();
  await expect(preview(page)).toContainText('hook:\n    enabled: false');
  await expect(page.getByLabel('Pack')).toBeChecked();

  await page.getByRole('button', { name: 'Minimal' }).click();
  await expect(preview(page)).toHaveText('{}');

  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(preview(page)).toHaveText('ingress:\n  enabled: true\n');
});

test('dark mode follows the system, the toggle overrides it, and the editor follows', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(15, 18, 22)');
  await page.getByRole('button', { name: 'Add snippet' }).click();
  const editor = page.locator('.monaco-editor').first();
  await expect(editor).toHaveClass(/vs-dark/);

  // system → dark → light
  await page.getByRole('button', { name: /Theme: system/ }).click();
  await page.getByRole('button', { name: /Theme: dark/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(246, 247, 249)');
  await expect(editor).not.toHaveClass(/vs-dark/);

  // the choice is remembered
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
