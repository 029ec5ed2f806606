import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

// What the Share tests do as a user would: the toolbar, the Share dialog, the saved work, the address bar.

export const preview = (page: Page) => page.getByTestId('config-preview');
/** A button of the header's toolbar (Import, Share, New, Undo, Redo, Earlier setups). */
export const action = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Setup' }).getByRole('button', { name, exact: true });

export async function addHost(page: Page, host: string, n = 1) {
  if (n === 1) await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel(`Host ${n}`, { exact: true }).fill(host);
  await expect(preview(page)).toContainText(`- ${host}`);
}

/** Opens the Share dialog and returns the link it shows (the dialog is left open). */
export async function shareLink(page: Page): Promise<string> {
  await action(page, 'Share').click();
  const dialog = page.getByRole('dialog', { name: 'Share this setup' });
  await expect(dialog).toBeVisible();
  return dialog.getByRole('textbox', { name: 'Link' }).inputValue();
}

export async function closeDialog(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** The work saved in this browser, as the page stored it. */
export async function savedWork(page: Page): Promise<{ state: { values: Record<string, unknown> } } | null> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('z2jh-wizard:work') ?? 'null'));
}

/** Waits until the address bar has caught up with the work (it follows after a short pause). */
export async function addressSettled(page: Page) {
  let last = '';
  await expect
    .poll(async () => {
      const [url, expected] = [page.url(), await page.evaluate(() => location.href)];
      const same = url === last && url === expected;
      last = url;
      return same;
    }, { intervals: [400, 400, 400] })
    .toBe(true);
}
