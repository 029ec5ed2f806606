import type { Page } from '@playwright/test';
import { configPreview, expect, test } from './fixtures.ts';

const preview = (page: Page) => page.getByTestId('config-preview');
/** A button of the header's toolbar (Import, Share, New, Undo, Redo). */
const action = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Setup' }).getByRole('button', { name, exact: true });

const OLD_CONFIG = `# our hub, managed by the platform team
singleuser:
  schedulerStrategy: pack  # keep nodes full
hub:
  concurrentSpawnLimit: 7
`;

const BROKEN = 'hub:\n  concurrentSpawnLimit: 7\nproxy: [1, 2\nsingleuser: {}\n';

async function someWork(page: Page): Promise<string> {
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 1', { exact: true }).fill('hub.example.org');
  await expect(preview(page)).toContainText('- hub.example.org');
  return configPreview(page);
}

async function openImport(page: Page) {
  await action(page, 'Import').click();
  const dialog = page.getByRole('dialog', { name: 'Import a config.yaml' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('config.yaml text')).toBeFocused();
  return dialog;
}

/** Drops a file on the page the way a browser does: a `drop` event carrying a DataTransfer. */
async function dropFile(page: Page, name: string, content: string | { bytes: number }) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const dt = new DataTransfer();
      const body = typeof text === 'string' ? text : new Uint8Array(text.bytes).fill(0x61);
      dt.items.add(new File([body], fileName, { type: 'application/yaml' }));
      return dt;
    },
    [name, content] as const,
  );
  await page.locator('main').dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByText('Drop a config.yaml to import it')).toBeVisible();
  await page.locator('main').dispatchEvent('drop', { dataTransfer });
}

test('importing a pasted config: old keys upgraded and listed, comments kept, one undo step, kept on reload', async ({ page }) => {
  await page.goto('./');
  const before = await someWork(page);

  const dialog = await openImport(page);
  await dialog.getByLabel('config.yaml text').fill(OLD_CONFIG);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  const report = page.getByRole('region', { name: 'Imported the pasted text' });
  await expect(report).toBeVisible();
  const changes = report.getByRole('list', { name: 'Upgrade changes' });
  await expect(changes).toContainText('singleuser.schedulerStrategy');
  await expect(changes).toContainText('scheduling.userScheduler.enabled');
  await expect(changes).toContainText('was the text “pack”, now true');
  await expect(report.getByRole('list', { name: 'Import notes' })).toContainText('written for an older chart');

  const imported = await configPreview(page);
  expect(imported).toContain('# our hub, managed by the platform team');
  expect(imported).toContain('userScheduler:');
  expect(imported).toContain('concurrentSpawnLimit: 7');
  expect(imported).not.toContain('schedulerStrategy');
  await expect(page.getByLabel('Enable an Ingress')).not.toBeChecked();

  await report.getByRole('button', { name: 'Dismiss' }).click();
  await expect(report).toHaveCount(0);

  // The whole import is one step back …
  await action(page, 'Undo').click();
  await expect(preview(page)).toHaveText(before);
  await action(page, 'Redo').click();
  await expect(preview(page)).toHaveText(imported);

  // … and the imported file (with its comments) is part of the saved work.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('z2jh-wizard:work') ?? '')).toContain('platform team');
  await page.reload();
  await expect(preview(page)).toHaveText(imported);
});

test('a YAML syntax error shows its line, column and text, and changes nothing', async ({ page }) => {
  await page.goto('./');
  const before = await someWork(page);

  const dialog = await openImport(page);
  await dialog.getByLabel('config.yaml text').fill(BROKEN);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('line 4, column 1');
  await expect(alert).toContainText('YAML syntax error');
  await expect(alert.getByLabel('The line with the problem')).toContainText('singleuser: {}');
  await expect(dialog).toBeVisible();
  await expect(preview(page)).toHaveText(before);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(action(page, 'Import')).toBeFocused();
  await expect(preview(page)).toHaveText(before);
  await expect(action(page, 'Redo')).toBeDisabled();
});

test('dropping a file on the page imports it; a broken or too large file changes nothing', async ({ page }) => {
  await page.goto('./');
  const before = await someWork(page);

  await dropFile(page, 'broken.yaml', BROKEN);
  const alert = page.getByRole('alert').filter({ hasText: 'broken.yaml was not imported' });
  await expect(alert).toContainText('line 4, column 1');
  await expect(preview(page)).toHaveText(before);

  await dropFile(page, 'huge.yaml', { bytes: 1_100_000 });
  const refused = page.getByRole('alert').filter({ hasText: 'huge.yaml was not imported' });
  await expect(refused).toContainText('files over 1 MB are refused');
  await expect(preview(page)).toHaveText(before);

  await dropFile(page, 'old-config.yaml', OLD_CONFIG);
  await expect(page.getByText('Drop a config.yaml to import it')).toBeHidden();
  // a drop over work asks first (issue 17)
  await page.getByRole('dialog', { name: 'Import old-config.yaml?' }).getByRole('button', { name: 'Replace my setup' }).click();
  await expect(page.getByRole('region', { name: 'Imported old-config.yaml' })).toContainText('singleuser.schedulerStrategy');
  await expect(preview(page)).toContainText('# our hub, managed by the platform team');
  await expect(preview(page)).toContainText('userScheduler:');
  // The earlier error went away with the successful import.
  await expect(page.getByRole('alert').filter({ hasText: 'was not imported' })).toHaveCount(0);
});

test('Open file… imports the chosen file', async ({ page }) => {
  await page.goto('./');
  const dialog = await openImport(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Open file…' }).click()]);
  await chooser.setFiles({ name: 'values.yaml', mimeType: 'application/yaml', buffer: Buffer.from(OLD_CONFIG) });
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Imported values.yaml' })).toBeVisible();
  await expect(preview(page)).toContainText('# our hub, managed by the platform team');
});

test('a long upgrade report starts folded (on a phone it was some 2,500 px tall)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./');
  const dialog = await openImport(page);
  await dialog.getByLabel('config.yaml text').fill('singleuser:\n  schedulerStrategy: pack\nhub:\n  uid: 1000\n  imagePullPolicy: Always\nrbac:\n  enabled: true\nauth:\n  type: github\n');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const report = page.getByRole('region', { name: 'Imported the pasted text' });
  await expect(report.locator('details.import-fold').first()).not.toHaveAttribute('open');
  expect((await report.boundingBox())!.height).toBeLessThan(500);
  await report.getByText(/Upgraded for chart .* changes\)/).click();
  await expect(report.getByRole('list', { name: 'Upgrade changes' })).toBeVisible();
});
