import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const run = promisify(execFile);

async function downloaded(page: Page, button: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { download, text: await readFile((await download.path())!, 'utf8') };
}

/** An Ingress for two hosts with cert-manager and Let's Encrypt, set up through the forms. */
async function ingressWithCertManager(page: Page) {
  await page.goto('./');
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 1', { exact: true }).fill('a.example.org');
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 2', { exact: true }).fill('b.example.org');
  await page.getByLabel("cert-manager + Let's Encrypt (Ingress)").check();
  await page.getByLabel("E-mail for Let's Encrypt").fill('ops@example.org');
}

const manifestsTab = (page: Page) => page.getByRole('tab', { name: 'Manifests' });
const resource = (page: Page, title: string) => page.getByTestId(`resource ${title}`);
const toggle = (page: Page, title: string) => resource(page, title).getByRole('button', { name: title, exact: true });
const yamlOf = (page: Page, title: string) => resource(page, title).getByLabel(`${title} YAML`);

/**
 * What differs between two renders of the same config: the secrets the chart generates at random
 * (Secret hub's hub.config.* entries) and the checksums computed over them.
 */
function maskRandom(manifests: string): string {
  return manifests.replace(/^(\s+hub\.config\.[\w.]+): .+$/gm, '$1: <random>').replace(/^(\s+checksum\/[\w-]+): .+$/gm, '$1: <checksum>');
}

test('the Ingress with both hosts and the ClusterIssuer to apply yourself', async ({ page }) => {
  await ingressWithCertManager(page);
  await manifestsTab(page).click();

  await expect(page.getByTestId('manifests-count')).toHaveText(/^\d+ resources \+ 1 to apply yourself$/);
  const ingressGroup = page.getByTestId('group ingress');
  await expect(ingressGroup.getByRole('heading')).toHaveText('ingress (1)');
  await toggle(page, 'Ingress jupyterhub').click();
  const ingress = yamlOf(page, 'Ingress jupyterhub');
  await expect(ingress).toContainText('cert-manager.io/cluster-issuer: letsencrypt-prod');
  await expect(ingress).toContainText('host: a.example.org');
  await expect(ingress).toContainText('host: b.example.org');
  await expect(ingress).toContainText('tls:\n    - hosts:\n        - a.example.org\n        - b.example.org\n      secretName: jupyterhub-tls\n');
  await expect(resource(page, 'Ingress jupyterhub')).toContainText('networking.k8s.io/v1');

  const applyYourself = page.getByTestId('group Apply yourself (not rendered by the chart)');
  await expect(applyYourself.getByRole('heading')).toHaveText('Apply yourself (not rendered by the chart) (1)');
  await toggle(page, 'ClusterIssuer letsencrypt-prod').click();
  const expectedIssuer = [
    'apiVersion: cert-manager.io/v1',
    'kind: ClusterIssuer',
    'metadata:',
    '  name: letsencrypt-prod',
    'spec:',
    '  acme:',
    '    server: https://acme-v02.api.letsencrypt.org/directory',
    '    email: ops@example.org',
    '    privateKeySecretRef:',
    '      name: letsencrypt-prod-account-key',
    '    solvers:',
    '      - http01:',
    '          ingress:',
    '            ingressClassName: nginx',
    '',
  ].join('\n');
  await expect(yamlOf(page, 'ClusterIssuer letsencrypt-prod')).toHaveText(expectedIssuer, { useInnerText: false });
  const issuerFile = await downloaded(page, 'Download cluster-issuer.yaml');
  expect(issuerFile.download.suggestedFilename()).toBe('cluster-issuer.yaml');
  expect(issuerFile.text).toBe(expectedIssuer);

  // the issuer is not part of what the chart renders
  const manifests = await downloaded(page, 'Download manifests.yaml');
  expect(manifests.text).toContain('kind: Ingress\n');
  expect(manifests.text).not.toContain('ClusterIssuer');
});

test('the filter narrows by kind or name, and each resource folds and unfolds', async ({ page }) => {
  await page.goto('./');
  await manifestsTab(page).click();
  const count = page.getByTestId('manifests-count');
  const total = Number((await count.textContent())!.match(/^(\d+) resources$/)![1]);
  expect(total).toBeGreaterThan(10);

  const filter = page.getByLabel('Filter');
  await filter.fill('Deployment');
  const kinds = page.locator('.resource-kind');
  await expect(count).toHaveText(new RegExp(`^\\d+ of ${total} resources$`));
  expect(await kinds.count()).toBeGreaterThanOrEqual(3);
  expect(new Set(await kinds.allTextContents())).toEqual(new Set(['Deployment']));
  await expect(resource(page, 'Deployment hub')).toBeVisible();
  await expect(resource(page, 'Deployment proxy')).toBeVisible();

  await filter.fill('hub');
  await expect(resource(page, 'Deployment hub')).toBeVisible();
  await expect(resource(page, 'Service hub')).toBeVisible();
  await expect(resource(page, 'Deployment proxy')).toHaveCount(0);
  await filter.fill('deployment hub');
  await expect(page.locator('.resource')).toHaveCount(1);
  await filter.fill('no-such-thing');
  await expect(page.getByText('No resource matches “no-such-thing”.')).toBeVisible();
  await filter.fill('');
  await expect(count).toHaveText(`${total} resources`);

  const hub = toggle(page, 'Deployment hub');
  await expect(hub).toHaveAttribute('aria-expanded', 'false');
  await expect(yamlOf(page, 'Deployment hub')).toHaveCount(0);
  await hub.click();
  await expect(hub).toHaveAttribute('aria-expanded', 'true');
  await expect(yamlOf(page, 'Deployment hub')).toContainText('kind: Deployment\n');
  await expect(yamlOf(page, 'Deployment hub')).toContainText('image: quay.io/jupyterhub/k8s-hub:4.4.0');
  await hub.click();
  await expect(hub).toHaveAttribute('aria-expanded', 'false');
  await expect(yamlOf(page, 'Deployment hub')).toHaveCount(0);

  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.locator('.resource-yaml')).toHaveCount(total);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(page.locator('.resource-yaml')).toHaveCount(0);
});

test('an edit highlights the resources it changed, down to the lines', async ({ page }) => {
  await ingressWithCertManager(page);
  await manifestsTab(page).click();
  await toggle(page, 'Ingress jupyterhub').click();
  await toggle(page, 'Deployment proxy').click();
  // nothing is highlighted before an edit
  await expect(page.locator('.resource-changed')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 3', { exact: true }).fill('c.example.org');

  const ingress = resource(page, 'Ingress jupyterhub');
  await expect(ingress).toHaveAttribute('data-status', 'changed');
  const marked = ingress.locator('mark.line-changed');
  await expect(marked.first()).toBeVisible();
  const markedText = (await marked.allTextContents()).join('');
  expect(markedText).toContain('host: c.example.org');
  expect(markedText).toContain('- c.example.org');
  expect(markedText).not.toContain('a.example.org');
  // the YAML still reads as the whole document
  await expect(yamlOf(page, 'Ingress jupyterhub')).toContainText('host: a.example.org\n');

  // resources the edit did not touch stay plain
  await expect(resource(page, 'Deployment proxy')).not.toHaveAttribute('data-status', /./);
  await expect(resource(page, 'Deployment proxy').locator('mark')).toHaveCount(0);
  await expect(resource(page, 'ServiceAccount hub')).not.toHaveAttribute('data-status', /./);
  const changed = await page.locator('.resource-changed').count();
  expect(changed).toBeGreaterThanOrEqual(1);
  expect(changed).toBeLessThan(5);

  // a cert-manager setting changes only the ClusterIssuer
  await page.getByLabel('Solver ingress class').fill('traefik');
  await expect(resource(page, 'ClusterIssuer letsencrypt-prod')).toHaveAttribute('data-status', 'changed');
  await expect(page.locator('.resource-changed')).toHaveCount(1);
  await expect(ingress).not.toHaveAttribute('data-status', /./);
});

test('Download manifests.yaml is what the CLI renders from the downloaded config.yaml', async ({ page }) => {
  await ingressWithCertManager(page);
  const config = await downloaded(page, 'Download config.yaml');
  expect(config.text).toContain('cert-manager.io/cluster-issuer: letsencrypt-prod');

  await manifestsTab(page).click();
  const { download, text: fromBrowser } = await downloaded(page, 'Download manifests.yaml');
  expect(download.suggestedFilename()).toBe('manifests.yaml');
  expect(fromBrowser).toMatch(/^---\n# Source: jupyterhub\/templates\//);
  expect(fromBrowser).toContain('host: b.example.org');

  const dir = await mkdtemp(join(tmpdir(), 'z2jh-manifests-'));
  try {
    await writeFile(join(dir, 'config.yaml'), config.text);
    const { stdout: fromCli } = await run(process.execPath, ['bin/z2jh-wizard.mjs', 'render', join(dir, 'config.yaml')], { maxBuffer: 64 << 20 });
    expect(fromCli).toContain('kind: Ingress\n');
    // the masks hide only the random secrets and checksums: everything else is compared
    expect(maskRandom(fromBrowser).match(/<random>|<checksum>/g)!.length).toBeLessThan(12);
    expect(maskRandom(fromBrowser)).toBe(maskRandom(fromCli));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the chart's errors show at the top, as helm reports them", async ({ page }) => {
  await page.goto('./');
  await page.getByLabel("The chart's automatic HTTPS (no Ingress)").check();
  await page.getByRole('button', { name: 'Add HTTPS host' }).click();
  await page.getByLabel('HTTPS host 1', { exact: true }).fill('hub.example.org');
  await manifestsTab(page).click();
  const errors = page.getByTestId('chart-errors');
  await expect(errors).toHaveText(/^Error: execution error at \(jupyterhub\/templates\/proxy\/autohttps\/configmap\.yaml:\d+:\d+\): proxy\.https\.letsencrypt\.contactEmail is a required field$/);
  await expect(errors).toHaveCSS('color', /rgb\(179, 38, 30\)|rgb\(255, 138, 128\)/);
  await expect(page.getByRole('button', { name: 'Download manifests.yaml' })).toBeDisabled();
  await page.getByLabel("Contact e-mail for Let's Encrypt").fill('ops@example.org');
  await expect(errors).toHaveCount(0);
  await expect(resource(page, 'Deployment autohttps')).toBeVisible();
});

test('Next steps: a checklist of commands, with the pre-puller timeout on helm upgrade', async ({ page }) => {
  await ingressWithCertManager(page);
  await page.getByRole('tab', { name: 'Next steps' }).click();
  const steps = page.getByTestId('next-steps');
  // repo, ingress controller, cert-manager, ClusterIssuer, helm diff, install, DNS, certificate
  await expect(steps.getByRole('checkbox')).toHaveCount(8);

  const install = steps.getByLabel('Command: Install or upgrade JupyterHub', { exact: true });
  await expect(install).toHaveText(
    [
      'helm upgrade --cleanup-on-fail \\',
      '  --install jupyterhub jupyterhub/jupyterhub \\',
      '  --namespace jupyterhub \\',
      '  --create-namespace \\',
      '  --version 4.4.0 \\',
      '  --values config.yaml \\',
      '  --timeout 10m0s',
    ].join('\n'),
  );
  await expect(steps.getByLabel('Command: Install cert-manager', { exact: true })).toContainText('--set crds.enabled=true');
  await expect(steps.getByLabel('Command: Install cert-manager', { exact: true })).toContainText('wait deployment --all');
  await expect(steps.getByLabel('Command: Install the ingress controller (Traefik)', { exact: true })).toContainText('traefik/traefik');
  await expect(steps.getByLabel('Command: Create the ClusterIssuer letsencrypt-prod', { exact: true })).toHaveText('kubectl apply -f cluster-issuer.yaml');
  const issuerFile = await downloaded(page, 'Download cluster-issuer.yaml');
  expect(issuerFile.text).toContain('email: ops@example.org');
  await expect(steps.getByText('Point your DNS names at the ingress controller')).toBeVisible();

  const add = steps.getByRole('checkbox', { name: 'Add the JupyterHub Helm chart repository' });
  await add.check();
  await expect(add).toBeChecked();
  await expect(steps.getByText('1 of 8 done')).toBeVisible();

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await steps.getByRole('button', { name: 'Copy command: Install or upgrade JupyterHub' }).click();
  await expect(steps.getByRole('button', { name: 'Copy command: Install or upgrade JupyterHub' })).toHaveText('Copied ✓');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('--timeout 10m0s');

  // without the hook pre-puller helm's default timeout is enough
  await page.getByLabel('Hook pre-puller').uncheck();
  await expect(install).not.toContainText('--timeout');
  await expect(install).toContainText('--values config.yaml');
});

test('axe finds no violation with resources unfolded and highlighted, nor in Next steps', async ({ page }) => {
  const violations = async () => (await new AxeBuilder({ page }).analyze()).violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  await ingressWithCertManager(page);
  await manifestsTab(page).click();
  await toggle(page, 'Ingress jupyterhub').click();
  await toggle(page, 'ClusterIssuer letsencrypt-prod').click();
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 3', { exact: true }).fill('c.example.org');
  await expect(resource(page, 'Ingress jupyterhub').locator('mark.line-changed').first()).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.getByRole('tab', { name: 'Next steps' }).click();
  await page.getByRole('checkbox', { name: 'Add the JupyterHub Helm chart repository' }).check();
  expect(await violations()).toEqual([]);
});

test('on a wide screen the Manifests pane fits the window and its list scrolls; Copy on a folded resource copies its latest YAML', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./');
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  const host = page.getByLabel('Host 1', { exact: true });
  await host.fill('a.example.org');
  await manifestsTab(page).click();

  // the list fills the pane below the toolbar (a list sized by its frame alone must not collapse)
  const list = page.locator('.manifest-groups');
  await page.getByRole('button', { name: 'Expand all' }).click();
  const box = (await list.boundingBox())!;
  const pane = (await page.locator('.preview').boundingBox())!;
  expect(box.height).toBeGreaterThan(400);
  expect(pane.height).toBeLessThanOrEqual(900 - 24 + 1);
  expect(box.y + box.height).toBeLessThanOrEqual(pane.y + pane.height);
  expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  const last = page.locator('.resource').last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await page.getByRole('button', { name: 'Collapse all' }).click();

  // a folded resource is not re-rendered by edits that keep its heading; Copy still reads the latest
  await host.fill('b.example.org');
  await host.fill('c.example.org');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await resource(page, 'Ingress jupyterhub').getByRole('button', { name: 'Copy Ingress jupyterhub' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('host: c.example.org');
  expect(copied).not.toContain('b.example.org');
});
