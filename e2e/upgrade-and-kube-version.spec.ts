import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Issue 18: what helm template cannot see — the Kubernetes version the release targets, and the
// behaviour changes of chart 4.x for a file written for chart 3.x or older.

const action = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Setup' }).getByRole('button', { name, exact: true });
const kubeField = (page: Page) => page.getByLabel('Kubernetes version', { exact: true });

/** A chart 3.3.8 file: its hub image tag tells the chart; postgres without hub.db.upgrade, static homes on {username}. */
const CHART_3_CONFIG = `hub:
  image:
    tag: "3.3.8"
  db:
    type: postgres
    url: postgresql://hub@db.example.org/hub
singleuser:
  storage:
    type: static
    static:
      pvcName: home-nfs
`;

test('the target Kubernetes version: 1.32 by default; below 1.28 an error beside it and the manifests refused as helm does; kept over a reload and in a link', async ({ page, browser, baseURL }) => {
  await page.goto('./');
  await expect(kubeField(page)).toHaveValue('1.32');
  await kubeField(page).fill('1.27');
  const field = page.locator('.field', { has: kubeField(page) });
  await expect(field.locator('.msg-error')).toContainText('chart 4.4.0 needs Kubernetes 1.28 or newer');
  await expect(kubeField(page)).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('tab', { name: 'Manifests' }).click();
  await expect(page.getByTestId('chart-errors')).toHaveText('Error: chart requires kubeVersion: >=1.28.0-0 which is incompatible with Kubernetes v1.27');

  await kubeField(page).fill('1.30');
  await expect(field.locator('.msg-error')).toHaveCount(0);
  await expect(page.getByTestId('chart-errors')).toHaveCount(0);

  await expect.poll(() => page.evaluate(() => localStorage.getItem('z2jh-wizard:work') ?? '')).toContain('"kubeVersion":"1.30"');
  await page.reload();
  await expect(kubeField(page)).toHaveValue('1.30');

  await action(page, 'Share').click();
  const link = await page.getByRole('dialog', { name: 'Share this setup' }).getByRole('textbox', { name: 'Link' }).inputValue();
  const other = await browser.newContext({ baseURL: baseURL! });
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(kubeField(fresh)).toHaveValue('1.30');
  await other.close();
});

test('a chart 3.x import: the report says how it was told and lists the behaviour changes apart, each also a warning with a doc link', async ({ page }) => {
  await page.goto('./');
  await action(page, 'Import').click();
  const dialog = page.getByRole('dialog', { name: 'Import a config.yaml' });
  await dialog.getByLabel('config.yaml text').fill(CHART_3_CONFIG);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  const report = page.getByRole('region', { name: 'Imported the pasted text' });
  await expect(report.getByRole('list', { name: 'Import notes' })).toContainText('The file is from chart 3.x or older (told by hub.image.tag: 3.3.8, the image of chart 3.3.8): 2 behaviour changes of chart 4.x apply to it');
  const behaviour = report.getByRole('list', { name: 'Behaviour changes' });
  await expect(behaviour.getByRole('listitem')).toHaveCount(2);
  await expect(behaviour).toContainText('hub.db.type: the hub may exit at start');
  await expect(behaviour).toContainText('singleuser.storage.static.subPath: users may see new, empty homes');
  await expect(behaviour.getByRole('link', { name: 'Docs' }).first()).toHaveAttribute('href', /^https:\/\/z2jh\.jupyter\.org\//);
  // nothing was renamed: no list of upgrade changes
  await expect(report.getByRole('list', { name: 'Upgrade changes' })).toHaveCount(0);

  const summary = page.locator('.problems-summary');
  await summary.locator('summary').click();
  await expect(summary).toContainText('hub.db.type');
  await expect(summary).toContainText('{escaped_username}');

  // the warnings hold as long as the work holds the import: over a reload too, and gone after New
  await expect.poll(() => page.evaluate(() => localStorage.getItem('z2jh-wizard:work') ?? '')).toContain('olderChart');
  await page.reload();
  await expect(page.locator('.problems-summary')).toContainText('warning');
  await page.locator('.problems-summary summary').click();
  await expect(page.locator('.problems-summary')).toContainText('users may see new, empty homes');
  await action(page, 'New').click();
  const confirm = page.getByRole('dialog', { name: 'Start a new setup?' });
  await confirm.getByRole('button', { name: 'Start new' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.locator('.problems-summary')).toHaveText('✓ No problems found');
});
