import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { configPreview, expect, test } from './fixtures.ts';

// a real config.yaml from the corpus, read where it lives (never copied into the project)
const CORPUS = new URL('../../shared/corpus/real-configs/05-Unidata-science-gateway-unistaff-secrets.yaml', import.meta.url);
const DEPLOYED = readFileSync(CORPUS, 'utf8');
const OLD_HOST = 'unistaff.ees220002.projects.jetstream-cloud.org';
const NEW_HOST = 'hub.unidata.example.edu';

const action = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Setup' }).getByRole('button', { name, exact: true });
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const change = (page: Page, title: string) => page.getByTestId(`change ${title}`);

/** `withCode`: the file carries code, which waits for review first (code-review.spec.ts); the admin takes it all */
async function importText(page: Page, text: string, withCode = true) {
  await action(page, 'Import').click();
  const dialog = page.getByRole('dialog', { name: 'Import a config.yaml' });
  await dialog.getByLabel('config.yaml text').fill(text);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  if (withCode) await page.getByRole('region', { name: /wait(s)? for your review/ }).getByRole('button', { name: /^Accept all/ }).click();
}

async function openDeployed(page: Page, name: string, text: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open the deployed config.yaml…' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
}

test('against the deployed corpus file: a new host and user image list the Ingress and the hub objects field by field, say the hub restarts and running servers keep the old image; kept on reload', async ({ page }) => {
  await page.goto('./');
  await tab(page, 'Changes').click();
  await expect(page.getByTestId('changes-preview')).toContainText('Nothing to compare with yet');

  // the import is the baseline: nothing changes yet, its random secrets included
  await importText(page, DEPLOYED);
  await tab(page, 'Changes').click();
  await expect(page.getByTestId('baseline-label')).toHaveText('Compared with the imported file');
  await expect(page.getByTestId('changes-counts')).toHaveText(/^No changes: helm upgrade would change nothing \(\d+ objects unchanged\)\.$/);

  // the same file opened as what runs now stays the baseline through the next import
  await openDeployed(page, 'unistaff.yaml', DEPLOYED);
  await expect(page.getByTestId('baseline-label')).toHaveText('Compared with the deployed file unistaff.yaml');

  // the ingress host through its form
  await page.getByLabel('Host 1', { exact: true }).fill(NEW_HOST);
  await expect(change(page, 'Ingress jupyterhub')).toContainText(`~ spec.rules[0].host: "${OLD_HOST}" -> "${NEW_HOST}"`);

  // the user image: there is no form for it, so the admin imports the file with the new tag
  await tab(page, 'config.yaml').click();
  const edited = await configPreview(page);
  expect(edited).toContain(NEW_HOST);
  await importText(page, edited.replace('tag: "xxx"', 'tag: "2026.12"'));
  await tab(page, 'Changes').click();
  await expect(page.getByTestId('baseline-label')).toHaveText('Compared with the deployed file unistaff.yaml');

  await expect(page.getByTestId('changes-counts')).toHaveText(/^[1-9]\d* changed, 0 added, 0 removed, \d+ unchanged\.$/);
  await expect(change(page, 'Ingress jupyterhub')).toContainText(`~ spec.rules[0].host: "${OLD_HOST}" -> "${NEW_HOST}"`);
  await expect(change(page, 'ConfigMap hub')).toContainText('~ data.checksum_hook-image-puller:');
  const secret = change(page, 'Secret hub');
  await expect(secret).toContainText('~ data["values.yaml"].singleuser.image.tag: (secret value changed, hidden)');
  await expect(secret).toContainText('~ data["values.yaml"].ingress.hosts[0]: (secret value changed, hidden)');
  await expect(secret).not.toContainText('2026.12');
  const hub = change(page, 'Deployment hub');
  await expect(hub).toContainText('~ spec.template.metadata.annotations["checksum/config-map"]:');
  await expect(hub).toContainText('~ spec.template.metadata.annotations["checksum/secret"]:');

  const impacts = page.getByRole('region', { name: 'What it means' });
  await expect(impacts.locator('[data-code="pod-restart"]').filter({ hasText: 'The hub restarts' })).toContainText('checksums change');
  await expect(impacts.locator('[data-code="user-servers-keep-old"]')).toContainText(
    'Running user servers keep the old image until they are restarted — singleuser.image changes from unidata/unistaff:xxx to unidata/unistaff:2026.12',
  );
  await expect(impacts.locator('[data-code="hook-prepuller"]')).toContainText('--timeout 10m0s');
  // config.yaml, line by line: the old host out, the new one in
  await expect(page.getByTestId('config-diff')).toHaveText(/^- +- "unistaff\.ees220002[^\n]*\n(.*\n)*\+ +- "?hub\.unidata\.example\.edu/m);

  // the view passes axe, in both colour schemes
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('[data-testid="changes-preview"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  }

  // the baseline survives a reload, and is forgotten only when asked (an undoable step)
  await page.reload();
  await tab(page, 'Changes').click();
  await expect(page.getByTestId('baseline-label')).toHaveText('Compared with the deployed file unistaff.yaml');
  await expect(change(page, 'Ingress jupyterhub')).toBeVisible();
  await page.getByRole('button', { name: 'Compare with the imported file' }).click();
  await expect(page.getByTestId('changes-counts')).toHaveText(/^No changes/);
  await page.getByRole('button', { name: 'Forget the baseline' }).click();
  await expect(page.getByTestId('changes-preview')).toContainText('Nothing to compare with yet');
});

test('a deployed file that does not read is refused beside the button; the baseline stays', async ({ page }) => {
  await page.goto('./');
  await importText(page, 'hub:\n  baseUrl: /a/\n', false);
  await tab(page, 'Changes').click();
  await openDeployed(page, 'broken.yaml', 'hub:\n  baseUrl: [\n');
  await expect(page.getByRole('alert')).toContainText('broken.yaml was not taken as the deployed setup (line');
  await expect(page.getByTestId('baseline-label')).toHaveText('Compared with the imported file');
});

test('a link opened in a fresh browser is the baseline: an edit after it shows as a change', async ({ page, browser }) => {
  const author = await browser.newPage();
  await author.goto(test.info().project.use.baseURL!);
  await author.getByLabel('Enable an Ingress').check();
  await author.getByRole('button', { name: 'Add host' }).click();
  await author.getByLabel('Host 1', { exact: true }).fill('a.example.org');
  await action(author, 'Share').click();
  const link = await author.getByRole('dialog', { name: 'Share this setup' }).getByRole('textbox', { name: 'Link' }).inputValue();
  await author.close();

  await page.goto(link);
  await tab(page, 'Changes').click();
  await expect(page.getByTestId('baseline-label')).toHaveText('Compared with the setup the link opened with');
  await expect(page.getByTestId('changes-counts')).toHaveText(/^No changes/);
  await page.getByLabel('Host 1', { exact: true }).fill('b.example.org');
  await expect(change(page, 'Ingress jupyterhub')).toContainText('~ spec.rules[0].host: "a.example.org" -> "b.example.org"');
});
