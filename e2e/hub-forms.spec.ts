import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { configPreview, expect, test } from './fixtures.ts';
import { action, addHost, closeDialog, preview, shareLink } from './share-helpers.ts';

// The forms every hub needs: sign-in, user environments, storage, culling, as an admin uses them.

const section = (page: Page, title: string) => page.locator('section.section', { has: page.getByRole('heading', { name: title, exact: true }) });
const golden = (name: string) => parse(readFileSync(new URL(`../test/golden/configs/${name}.yaml`, import.meta.url), 'utf8'));

/** The hub.config the chart put in Secret `hub` (its values.yaml, base64 in `data`), as the Manifests tab shows it. */
async function hubSecretValues(page: Page): Promise<Record<string, unknown>> {
  await page.getByRole('tab', { name: 'Manifests' }).click();
  const secret = page.getByTestId('resource Secret hub');
  await secret.getByRole('button', { name: 'Secret hub', exact: true }).click();
  const yaml = (await secret.getByLabel('Secret hub YAML').textContent()) ?? '';
  const encoded = /^\s+values\.yaml: "?([A-Za-z0-9+/=]+)"?$/m.exec(yaml)?.[1];
  expect(encoded, 'values.yaml in Secret hub').toBeTruthy();
  return parse(Buffer.from(encoded!, 'base64').toString('utf8'));
}

async function githubSignIn(page: Page) {
  await page.goto('./');
  await addHost(page, 'hub.example.org');
  const signIn = section(page, 'Sign-in');
  await signIn.getByLabel('Authenticator', { exact: true }).selectOption({ label: 'GitHub' });
  await signIn.getByLabel('Client ID').fill('github-client-id-0123');
  await signIn.getByLabel('Client secret').fill('github-client-secret-4567');
  await expect(signIn.getByLabel('Callback URL')).toHaveValue('https://hub.example.org/hub/oauth_callback');
  await signIn.getByLabel('Allowed organisations (or org:team)').fill('my-org');
  await signIn.getByLabel('Admin users').fill('alice');
  return signIn;
}

test('a GitHub sign-in set up by form reaches the hub Secret, and the Share link leaves its client secret out', async ({ page }) => {
  await githubSignIn(page);
  const config = parse(await configPreview(page));
  expect(config.hub).toEqual(golden('44-signin-github').hub);

  const values = (await hubSecretValues(page)) as { hub: { config: Record<string, Record<string, unknown>> } };
  expect(values.hub.config.JupyterHub).toMatchObject({ authenticator_class: 'github' });
  expect(values.hub.config.GitHubOAuthenticator).toEqual({
    client_id: 'github-client-id-0123',
    client_secret: 'github-client-secret-4567',
    oauth_callback_url: 'https://hub.example.org/hub/oauth_callback',
    allowed_organizations: ['my-org'],
  });
  expect(values.hub.config.Authenticator).toEqual({ admin_users: ['alice'] });

  await page.getByRole('tab', { name: 'config.yaml' }).click();
  const link = await shareLink(page);
  const dialog = page.getByRole('dialog', { name: 'Share this setup' });
  await expect(dialog.getByRole('group')).toContainText('hub.config.GitHubOAuthenticator.client_secret');
  expect(link).not.toContain('github-client-secret-4567');
  await closeDialog(page);
  await page.evaluate(() => localStorage.clear());
  const opened = await page.context().newPage();
  await opened.goto(link);
  await expect(opened.getByTestId('config-preview')).toContainText('client_id: github-client-id-0123');
  await expect(opened.getByTestId('config-preview')).not.toContainText('github-client-secret-4567');
  await opened.close();
});

test('"nobody can log in" shows beside who may log in, and clears when an allow rule is added', async ({ page }) => {
  await page.goto('./');
  const signIn = section(page, 'Sign-in');
  await signIn.getByLabel('Authenticator', { exact: true }).selectOption({ label: 'GitLab' });
  const who = signIn.getByRole('group', { name: 'Who may log in' });
  await expect(who.locator('.msg-error')).toContainText('nobody can log in');
  await who.getByLabel('Allowed GitLab groups').fill('my-group');
  await expect(who.locator('.msg-error')).toHaveCount(0);
  await expect(preview(page)).toContainText('allowed_gitlab_groups:\n        - my-group');
  // and back: emptying the rule brings the error back
  await who.getByLabel('Allowed GitLab groups').fill('');
  await expect(who.locator('.msg-error')).toContainText('nobody can log in');
  await who.getByLabel('Allow all').check();
  await expect(who.locator('.msg-error')).toHaveCount(0);
  await expect(who.locator('.msg-warning')).toContainText('anyone with a GitLab account');
});

test('a profile list of three profiles with a GPU limit typed in the form gives the golden config', async ({ page }) => {
  await page.goto('./');
  const env = section(page, 'User environments');
  const profile = (n: number) => env.getByRole('group', { name: `Profile ${n}`, exact: true });
  const type = async (n: number, fields: Record<string, string>) => {
    for (const [label, value] of Object.entries(fields)) await profile(n).getByLabel(label, { exact: true }).first().fill(value);
  };
  await env.getByRole('button', { name: 'Add profile' }).click();
  await type(1, { 'Display name': 'Small', Description: '1 CPU, 2 GB', 'CPU limit': '1', 'Memory limit': '2G' });
  await profile(1).getByLabel('Default profile').check();
  await env.getByRole('button', { name: 'Add profile' }).click();
  await type(2, { 'Display name': 'Large', Description: '4 CPUs, 16 GB', 'CPU guarantee': '2', 'CPU limit': '4', 'Memory guarantee': '8G', 'Memory limit': '16G' });
  await env.getByRole('button', { name: 'Add profile' }).click();
  await type(3, { 'Display name': 'GPU', Description: 'One NVIDIA GPU', Image: 'quay.io/jupyter/pytorch-notebook:cuda12-2024-12-09' });
  await profile(3).getByRole('button', { name: 'Add resource limit' }).click();
  await profile(3).getByLabel('Extra resource limits 1 key').fill('nvidia.com/gpu');
  await profile(3).getByLabel('Extra resource limits 1 value').fill('1');
  await expect(preview(page)).toContainText('nvidia.com/gpu: "1"');
  expect(parse(await configPreview(page))).toEqual(golden('45-profiles-gpu'));

  // an amount that is no amount stays in its field with the reason, and changes nothing
  await profile(2).getByLabel('Memory limit').fill('16 gigs');
  await expect(profile(2).locator('.msg-error')).toContainText('not an amount of memory');
  expect(parse(await configPreview(page))).toEqual(golden('45-profiles-gpu'));
});

test('the image tag field refuses a float: 3.10 stays 3.10, a bad tag is refused beside it, an imported 3.10 is named and put right', async ({ page }) => {
  await page.goto('./');
  const env = section(page, 'User environments');
  await env.getByLabel('User image').fill('quay.io/jupyter/scipy-notebook');
  const tag = env.getByLabel('Image tag');
  await tag.fill('3.10');
  await env.getByLabel('Default URL').fill('/lab');
  await expect(preview(page)).toContainText('tag: "3.10"');
  expect(parse(await configPreview(page))).toEqual(golden('49-user-image'));

  await tag.fill('3.10 beta');
  await expect(env.locator('.field', { has: page.getByLabel('Image tag') }).locator('.msg-error')).toContainText('contains spaces');
  await expect(tag).toHaveAttribute('aria-invalid', 'true');
  await expect(preview(page)).toContainText('tag: "3.10"');

  await action(page, 'Import').click();
  const dialog = page.getByRole('dialog', { name: 'Import a config.yaml' });
  await dialog.getByLabel('config.yaml text').fill('singleuser:\n  image:\n    name: quay.io/jupyter/scipy-notebook\n    tag: 3.10\n');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const confirm = page.getByRole('button', { name: 'Replace my setup' });
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  // the import says that YAML read the unquoted 3.10 as the number 3.1 and that it is now text;
  // the field holds that text, and the admin's 3.10 is written as the tag 3.10
  await expect(page.getByRole('region', { name: 'Imported the pasted text' })).toContainText('singleuser.image.tag');
  await expect(page.getByRole('region', { name: 'Imported the pasted text' })).toContainText('was 3.1');
  await expect(tag).toHaveValue('3.1');
  await tag.fill('3.10');
  await expect(preview(page)).toContainText('tag: "3.10"');
});

test('the storage form writes static storage as golden 46-storage-static; without a PVC name, an error beside it', async ({ page }) => {
  await page.goto('./');
  const storage = section(page, 'Storage');
  await storage.getByLabel('One shared volume (static)').check();
  await expect(storage.locator('.msg-error')).toContainText('static storage needs the name of an existing PersistentVolumeClaim');
  await storage.getByLabel('Existing PVC name').fill('shared-home');
  await expect(storage.locator('.msg-error')).toHaveCount(0);
  await storage.getByLabel('Sub-path', { exact: true }).fill('home/{username}');
  await storage.getByLabel('Home mount path').fill('/home/jovyan/work');
  await storage.getByLabel('Extra volumes', { exact: true }).fill('- name: datasets\n  persistentVolumeClaim:\n    claimName: datasets');
  await storage.getByLabel('Extra volume mounts').fill('- name: datasets\n  mountPath: /home/jovyan/datasets\n  readOnly: true');
  await expect(preview(page)).toContainText('readOnly: true');
  expect(parse(await configPreview(page))).toEqual(golden('46-storage-static'));

});

test('the culling form takes durations with units and writes seconds, as golden 48-culling', async ({ page }) => {
  await page.goto('./');
  const culling = section(page, 'Culling');
  await culling.getByLabel('Idle timeout').fill('2h');
  await expect(culling.getByText('(2 h)')).toBeVisible();
  await culling.getByLabel('Check every').fill('300');
  await culling.getByLabel('Maximum age').fill('1d');
  await culling.getByLabel('Concurrency').fill('5');
  await culling.getByLabel('Also remove idle users').check();
  await culling.getByLabel('Remove named servers').check();
  await expect(preview(page)).toContainText('maxAge: 86400');
  expect(parse(await configPreview(page))).toEqual(golden('48-culling'));
  await culling.getByLabel('Idle timeout').fill('1.5h');
  await expect(culling.locator('.msg-error')).toContainText('not a duration');
});

test('the team preset signs in with GitHub at its host: the form shows the provider, the callback and the organisation to fill in', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Team hub with GitHub sign-in' }).click();
  const signIn = section(page, 'Sign-in');
  await expect(signIn.getByLabel('Authenticator', { exact: true })).toHaveValue('github');
  await expect(signIn.getByLabel('Callback URL')).toHaveValue('https://hub.example.org/hub/oauth_callback');
  await expect(signIn.getByLabel('Allowed organisations (or org:team)')).toHaveValue('your-org');
  await expect(section(page, 'User environments').getByLabel('Default URL')).toHaveValue('/lab');
  await expect(preview(page)).toContainText('authenticator_class: github');
});
