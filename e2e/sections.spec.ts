import { configPreview, expect, test } from './fixtures.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
});

const preview = (page: import('@playwright/test').Page) => page.getByTestId('config-preview');

test('ingress: hosts, class, annotations and path type reach config.yaml; a bad host says why beside it', async ({ page }) => {
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 1', { exact: true }).fill('hub.example.org');
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 2', { exact: true }).fill('Bad_Host!');
  await expect(page.locator('.row', { has: page.getByLabel('Host 2', { exact: true }) }).locator('.msg-error')).toBeVisible();
  await expect(page.getByLabel('Host 2', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Host 1', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Ingress class').fill('nginx');
  await page.getByLabel('Path type').selectOption('ImplementationSpecific');
  await page.getByRole('button', { name: 'Add annotation' }).click();
  await page.getByLabel('Annotation 1 key').fill('nginx.ingress.kubernetes.io/proxy-body-size');
  await page.getByLabel('Annotation 1 value').fill('64m');
  await expect(preview(page)).toContainText('ingressClassName: nginx');
  await expect(preview(page)).toContainText('pathType: ImplementationSpecific');
  await expect(preview(page)).toContainText('nginx.ingress.kubernetes.io/proxy-body-size: 64m');
  await expect(preview(page)).toContainText('- Bad_Host!');
});

test('Gateway API: an HTTPRoute with hostnames and a gateway', async ({ page }) => {
  await page.getByLabel('Enable an HTTPRoute').check();
  await page.getByRole('button', { name: 'Add hostname' }).click();
  await page.getByLabel('Hostname 1', { exact: true }).fill('hub.example.org');
  await page.getByLabel('Gateway name', { exact: true }).fill('shared-gateway');
  await page.getByLabel('Gateway namespace').fill('kube-system');
  const text = await configPreview(page);
  expect(text).toContain('httpRoute:\n  enabled: true\n');
  await expect(preview(page)).toContainText('name: shared-gateway');
  await expect(preview(page)).toContainText('namespace: kube-system');
});

test('HTTPS: cert-manager fills the annotation and TLS; automatic HTTPS with an Ingress is refused with the reason', async ({ page }) => {
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 1', { exact: true }).fill('hub.example.org');
  await page.getByLabel(/cert-manager \+ Let's Encrypt/).check();
  await expect(preview(page)).toContainText('cert-manager.io/cluster-issuer: letsencrypt-prod');
  await expect(preview(page)).toContainText('secretName: jupyterhub-tls');
  await page.getByLabel("E-mail for Let's Encrypt").fill('not-an-email');
  await expect(page.locator('.field', { has: page.getByLabel("E-mail for Let's Encrypt") }).locator('.msg-error')).toBeVisible();

  await page.getByLabel(/automatic HTTPS \(no Ingress\)/).check();
  await expect(page.locator('#section-https').getByRole('alert').filter({ hasText: 'cannot be combined with the Ingress' })).toBeVisible();
  await expect(preview(page)).toContainText('https:\n    enabled: true');
  await page.getByLabel('Make proxy-public a ClusterIP service').check();
  await expect(preview(page)).toContainText('type: ClusterIP');
});

test('scheduling: spread turns the user-scheduler off; pack asks for limits; resources are written', async ({ page }) => {
  // a blank start warns about nothing (the chart's own defaults are not the admin's doing)
  await expect(page.getByText('✓ No problems found')).toBeVisible();
  const packing = page.locator('#section-scheduling').getByText('packs user servers onto as few nodes');
  await expect(packing).toHaveCount(0);
  await page.getByLabel('Memory guarantee', { exact: true }).fill('1.5G');
  // one message, beside the resources (the summary lists it too, but the section says it once)
  await expect(packing).toHaveCount(1);
  await page.getByLabel('Memory limit', { exact: true }).fill('2G');
  await page.getByLabel('CPU guarantee', { exact: true }).fill('0.5');
  await page.getByLabel('CPU limit', { exact: true }).fill('two');
  await expect(page.locator('.field', { has: page.getByLabel('CPU limit', { exact: true }) }).locator('.msg-error')).toContainText('not a number of CPU cores');
  await page.getByLabel('CPU limit', { exact: true }).fill('2');
  await expect(packing).toHaveCount(0);
  await expect(preview(page)).toContainText('memory:\n    limit: 2G\n    guarantee: 1.5G');
  await page.getByLabel('Spread').check();
  await expect(preview(page)).toContainText('userScheduler:\n    enabled: false');
  await page.getByLabel('Pod priority').check();
  await page.getByLabel('Placeholder replicas').fill('3');
  await expect(preview(page)).toContainText('replicas: 3');
});

test('pre-puller: hook off, extra image with a numeric-looking tag written as a string, bad key explained', async ({ page }) => {
  await page.getByLabel('Hook pre-puller').uncheck();
  await page.getByRole('button', { name: 'Add image' }).click();
  await page.getByLabel('Image 1 key').fill('Ubuntu_Image');
  await page.getByLabel('Image 1 name').fill('ubuntu');
  await page.getByLabel('Image 1 tag').fill('16.04');
  await expect(preview(page)).toContainText('tag: "16.04"');
  await expect(preview(page)).toContainText('hook:\n    enabled: false');
  await expect(page.locator('#section-prepuller .msg-error').first()).toBeVisible();
});

test('hub extra config: custom values show their get_config call; env vars from a secret', async ({ page }) => {
  await page.getByLabel('custom', { exact: true }).fill('teams:\n  physics: 3\n');
  await expect(page.getByText('z2jh.get_config("custom.teams.physics")')).toBeVisible();
  await expect(preview(page)).toContainText('custom:\n  teams:\n    physics: 3');
  await page.getByRole('button', { name: 'Add variable' }).click();
  await page.getByLabel('Variable 1 name').fill('GITHUB_TOKEN');
  await page.getByLabel('Variable 1 source').selectOption('secret');
  await page.getByLabel('Variable 1 secret name').fill('hub-tokens');
  await page.getByLabel('Variable 1 key').fill('github');
  await expect(preview(page)).toContainText('secretKeyRef:\n          name: hub-tokens\n          key: github');
  await page.getByLabel('hub.extraContainers').fill('- name: sidecar\n');
  await expect(page.locator('#section-hub-extra .msg-error').first()).toBeVisible();
});

test('a Python syntax error shows as a marker in the editor and a message beside it', async ({ page }) => {
  await page.getByRole('button', { name: 'Add snippet' }).click();
  const editor = page.getByTestId('python-editor-extraConfig 00-snippet').locator('.monaco-editor');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.type('if True\n');
  await expect(editor.locator('.squiggly-error').first()).toBeVisible();
  await expect(page.locator('#section-hub-extra .msg-error').filter({ hasText: /line 1/ })).toBeVisible();
});

test('a list row keeps its field and its buttons on one line (wide screen)', async ({ page }) => {
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByRole('button', { name: 'Add annotation' }).click();
  // both boxes from one snapshot of the layout: a validation message that appears in between (it
  // is debounced) moves the rows below it, and two separate reads then compare two layouts
  const sameLine = async (field: string, button: string) => {
    const [a, b] = await page.evaluate(([f, btn]) => {
      const box = (el: Element | null) => {
        const r = el!.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      return [box(document.querySelector(`[aria-label="${f}"]`)), box(document.querySelector(`button[aria-label="${btn}"]`))];
    }, [field, button]);
    expect(Math.abs(a.y + a.height / 2 - (b.y + b.height / 2)), `${field} and ${button}`).toBeLessThan(8);
    expect(b.x).toBeGreaterThan(a.x + a.width - 1);
  };
  await sameLine('Host 1', 'Remove Host 1');
  await sameLine('Annotation 1 value', 'Remove Annotation 1');
});

test('config.yaml marks the line of each problem: a bad host is marked as an error, the message in its tooltip, the text unchanged', async ({ page }) => {
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 1', { exact: true }).fill('hub.example.org');
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 2', { exact: true }).fill('Bad_Host');
  const marked = preview(page).locator('mark.line-mark-error');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveText('    - Bad_Host\n');
  await expect(marked).toHaveAttribute('title', /the host name `Bad_Host`/);
  expect(await configPreview(page)).toContain('  hosts:\n    - hub.example.org\n    - Bad_Host\n');
  // fixed: the mark goes
  await page.getByLabel('Host 2', { exact: true }).fill('good.example.org');
  await expect(marked).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('marked.png') });
});

test('problems: a new empty host says nothing until left; the list names settings in words, shows code as code, and a click brings the field into view', async ({ page }) => {
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  const row = page.locator('.row', { has: page.getByLabel('Host 1', { exact: true }) });
  await expect(row.locator('.msg-error')).toHaveCount(0);
  await page.getByLabel('Host 1', { exact: true }).click();
  await page.getByLabel('Ingress class').focus();
  await expect(row.locator('.msg-error')).toContainText('empty');
  // a bad host: the summary's entry shows the name as code (no raw backticks) and jumps to it
  await page.getByLabel('Host 1', { exact: true }).fill('Bad_Host');
  const summary = page.locator('.problems-summary');
  const item = summary.locator('li').filter({ hasText: 'ingress.hosts[0]' });
  const entry = item.getByRole('button', { name: 'ingress.hosts[0]' });
  await expect(item.locator('code', { hasText: 'Bad_Host' })).toBeVisible();
  await expect(item).not.toContainText('`');
  await page.getByRole('button', { name: 'Ingress', exact: true }).click(); // fold the section
  await entry.click();
  await expect(page.getByLabel('Host 1', { exact: true })).toBeFocused();
  // a wizard setting is named in words, not as `certManager.email`
  await page.getByLabel("cert-manager + Let's Encrypt (Ingress)").check();
  await expect(summary.getByRole('button', { name: "E-mail for Let's Encrypt (HTTPS section)" })).toBeVisible();
});

test('Download and Share while errors exist: said beside them, never blocked; Copy says Copied', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 1', { exact: true }).fill('Bad_Host');
  await expect(page.locator('.preview-errors')).toHaveText('1 error: helm refuses this config.yaml as it is');
  await expect(page.getByRole('button', { name: 'Download config.yaml' })).toBeEnabled();
  await page.getByRole('button', { name: 'Copy config.yaml' }).click();
  await expect(page.getByRole('button', { name: 'Copy config.yaml' })).toHaveText('Copied ✓');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('- Bad_Host');
  await page.getByRole('toolbar', { name: 'Setup' }).getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Share this setup' })).toContainText('The setup has 1 error');
});
