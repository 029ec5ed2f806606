import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { configPreview, expect, test } from './fixtures.ts';
import { action, addHost, addressSettled, preview } from './share-helpers.ts';

// Work is never lost (issues 17 and 20): a link or an import asks before it replaces the work and
// the replaced work stays restorable; a link's setup is kept; Undo and the next steps survive a
// reload; two tabs never write over each other's work; a full storage says which copy is which.

const WORK_KEY = 'z2jh-wizard:work';
const OLD_CONFIG = '# our hub, managed by the platform team\nsingleuser:\n  schedulerStrategy: pack\nhub:\n  concurrentSpawnLimit: 7\n';

/** The saved work's text as the page stored it ('' for none). */
async function savedText(page: Page): Promise<string> {
  return page.evaluate((key) => localStorage.getItem(key) ?? '', WORK_KEY);
}

/** Waits until the work saved in this browser holds `text` (the autosave runs a moment after an edit). */
async function savedHolds(page: Page, text: string) {
  await expect.poll(() => savedText(page)).toContain(text);
}

/** Everything kept as earlier setups, as stored. */
async function earlierText(page: Page): Promise<string> {
  return page.evaluate(() => localStorage.getItem('z2jh-wizard:earlier') ?? '');
}

/** A link to a setup with the host `host`, made by the Share dialog in a browser of its own. */
async function linkTo(browser: Browser, baseURL: string | undefined, host: string): Promise<string> {
  const other = await browser.newContext({ baseURL: baseURL! });
  const page = await other.newPage();
  await page.goto('./');
  await addHost(page, host);
  await action(page, 'Share').click();
  const link = await page.getByRole('dialog', { name: 'Share this setup' }).getByRole('textbox', { name: 'Link' }).inputValue();
  await other.close();
  return link;
}

/** Opens the Earlier setups dialog and returns it. */
async function earlierSetups(page: Page) {
  await action(page, 'Earlier setups').click();
  const dialog = page.getByRole('dialog', { name: 'Earlier setups' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('a link over saved work asks first', () => {
  test('open it: the link’s setup is saved, the work it replaced is one Undo away and kept under Earlier setups', async ({ page, browser, baseURL }) => {
    const link = await linkTo(browser, baseURL, 'shared.example.org');
    await page.goto('./');
    await addHost(page, 'mine.example.org');
    await savedHolds(page, 'mine.example.org');

    await page.goto('about:blank');
    await page.goto(link);
    const ask = page.getByRole('dialog', { name: 'Open this link?' });
    await expect(ask).toContainText('shared.example.org');
    await expect(ask).toContainText('mine.example.org');
    // nothing is replaced while the question is open
    expect(await savedText(page)).toContain('mine.example.org');
    await ask.getByRole('button', { name: 'Open the link' }).click();
    await expect(ask).toBeHidden();
    await expect(preview(page)).toContainText('- shared.example.org');
    await savedHolds(page, 'shared.example.org');
    await expect(earlierText(page)).resolves.toContain('mine.example.org');

    // Undo brings the replaced work back, Redo the link's
    await action(page, 'Undo').click();
    await expect(preview(page)).toContainText('- mine.example.org');
    await action(page, 'Redo').click();
    await expect(preview(page)).toContainText('- shared.example.org');

    // and after an edit and a reload, Earlier setups still has it
    await page.getByLabel('Host 1', { exact: true }).fill('edited.example.org');
    await savedHolds(page, 'edited.example.org');
    await page.goto('about:blank');
    await page.goto('./');
    await expect(preview(page)).toContainText('- edited.example.org');
    const dialog = await earlierSetups(page);
    const kept = dialog.getByRole('listitem').filter({ hasText: 'Replaced by a link' });
    await expect(kept).toContainText('mine.example.org');
    await kept.getByRole('button', { name: 'Restore' }).click();
    await expect(dialog).toBeHidden();
    await expect(preview(page)).toContainText('- mine.example.org');
  });

  test('keep mine: the work stays and the address bar goes back to it', async ({ page, browser, baseURL }) => {
    const link = await linkTo(browser, baseURL, 'shared.example.org');
    await page.goto('./');
    await addHost(page, 'mine.example.org');
    await savedHolds(page, 'mine.example.org');
    const mine = await configPreview(page);

    await page.goto('about:blank');
    await page.goto(link);
    await page.getByRole('dialog', { name: 'Open this link?' }).getByRole('button', { name: 'Keep mine' }).click();
    await expect(preview(page)).toHaveText(mine);
    await expect.poll(() => page.url()).not.toBe(link);
    await page.reload();
    await expect(preview(page)).toHaveText(mine);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await savedText(page)).toContain('mine.example.org');
  });

  test('open beside: the link opens in a new tab without asking again, and this tab keeps the work', async ({ page, context, browser, baseURL }) => {
    const link = await linkTo(browser, baseURL, 'shared.example.org');
    await page.goto('./');
    await addHost(page, 'mine.example.org');
    await savedHolds(page, 'mine.example.org');
    const mine = await configPreview(page);

    await page.goto('about:blank');
    await page.goto(link);
    const [beside] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('dialog', { name: 'Open this link?' }).getByRole('button', { name: 'Open it in a new tab' }).click(),
    ]);
    await expect(preview(page)).toHaveText(mine);
    await expect(beside.getByTestId('config-preview')).toContainText('- shared.example.org');
    await expect(beside.getByRole('dialog')).toHaveCount(0);
    expect(await savedText(page)).toContain('mine.example.org');

    // An edit beside becomes the saved work; the work it replaced is kept, and the first tab is told.
    await beside.getByLabel('Host 1', { exact: true }).fill('beside.example.org');
    await savedHolds(page, 'beside.example.org');
    await expect(earlierText(page)).resolves.toContain('mine.example.org');
    await expect(page.getByRole('alert').filter({ hasText: 'Another tab saved other work' })).toContainText('beside.example.org');
  });

  test('a link pasted into the address bar of an open page asks too', async ({ page, browser, baseURL }) => {
    const link = await linkTo(browser, baseURL, 'shared.example.org');
    await page.goto('./');
    await addHost(page, 'mine.example.org');
    const mine = await configPreview(page);
    await page.evaluate((fragment) => (location.hash = fragment), link.slice(link.indexOf('#') + 1));
    const ask = page.getByRole('dialog', { name: 'Open this link?' });
    await expect(ask).toContainText('shared.example.org');
    await ask.getByRole('button', { name: 'Keep mine' }).click();
    await expect(preview(page)).toHaveText(mine);
    await expect.poll(() => page.url()).not.toBe(link);

    await page.evaluate((fragment) => (location.hash = fragment), link.slice(link.indexOf('#') + 1));
    await ask.getByRole('button', { name: 'Open the link' }).click();
    await expect(preview(page)).toContainText('- shared.example.org');
    await action(page, 'Undo').click();
    await expect(preview(page)).toHaveText(mine);
  });

  test('the question passes an accessibility scan and is answered by keyboard', async ({ page, browser, baseURL }) => {
    const link = await linkTo(browser, baseURL, 'shared.example.org');
    await page.goto('./');
    await addHost(page, 'mine.example.org');
    await savedHolds(page, 'mine.example.org');
    await page.goto('about:blank');
    await page.goto(link);
    const ask = page.getByRole('dialog', { name: 'Open this link?' });
    await expect(ask.getByRole('button', { name: 'Open the link' })).toBeFocused();
    const violations = (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);
    expect(violations).toEqual([]);
    // Escape keeps the work
    await page.keyboard.press('Escape');
    await expect(ask).toBeHidden();
    await expect(preview(page)).toContainText('- mine.example.org');
  });
});

test('a setup opened from a link and not edited is kept: the plain address then opens it, not {}', async ({ context, browser, baseURL }) => {
  const link = await linkTo(browser, baseURL, 'shared.example.org');
  const page = await context.newPage();
  await page.goto(link);
  await expect(preview(page)).toContainText('- shared.example.org');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const plain = await context.newPage();
  await plain.goto('./');
  await expect(plain.getByTestId('config-preview')).toContainText('- shared.example.org');
});

test('Undo history survives a reload, and the page says so where Undo is offered', async ({ page }) => {
  await page.goto('./');
  const undo = action(page, 'Undo');
  await addHost(page, 'a.example.org');
  const release = page.getByLabel('Release name');
  await release.fill('my-hub');
  await savedHolds(page, 'my-hub');

  await page.reload();
  await expect(release).toHaveValue('my-hub');
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(release).toHaveValue('jupyterhub');
  await expect(preview(page)).toContainText('- a.example.org');
  await expect.poll(() => savedText(page)).not.toContain('my-hub');
  await page.reload();
  await expect(action(page, 'Redo')).toBeEnabled();
  await action(page, 'Redo').click();
  await expect(release).toHaveValue('my-hub');
  // back to where the work started
  for (;;) {
    if (await undo.isDisabled()) break;
    await undo.click();
  }
  await expect(preview(page)).toHaveText('{}');

  // the page says so where Undo is offered: on the button …
  await expect(undo).toHaveAccessibleDescription(/kept in this browser: after a reload, Undo still goes back/);
  await expect(undo).toHaveAttribute('title', /after a reload, Undo still goes back/);
  // … and in the dialogs that offer Undo
  await addHost(page, 'c.example.org');
  await action(page, 'New').click();
  await expect(page.getByRole('dialog', { name: 'Start a new setup?' })).toContainText('Undo brings it back, also after a reload');
});

test('Next steps progress survives a reload', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('tab', { name: 'Next steps' }).click();
  const steps = page.getByTestId('next-steps');
  const add = steps.getByRole('checkbox', { name: 'Add the JupyterHub Helm chart repository' });
  await add.check();
  await expect(steps.getByText(/^1 of \d+ done$/)).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Next steps' }).click();
  await expect(add).toBeChecked();
  await expect(steps.getByText(/^1 of \d+ done$/)).toBeVisible();
  await add.uncheck();
  await page.reload();
  await page.getByRole('tab', { name: 'Next steps' }).click();
  await expect(add).not.toBeChecked();
});

test.describe('imports', () => {
  async function importPasted(page: Page, text: string) {
    await action(page, 'Import').click();
    const dialog = page.getByRole('dialog', { name: 'Import a config.yaml' });
    await dialog.getByLabel('config.yaml text').fill(text);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Drops a file on the page the way a browser does. */
  async function dropFile(page: Page, name: string, text: string) {
    const dataTransfer = await page.evaluateHandle(
      ([fileName, body]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([body], fileName, { type: 'application/yaml' }));
        return dt;
      },
      [name, text] as const,
    );
    await page.locator('main').dispatchEvent('dragenter', { dataTransfer });
    await page.locator('main').dispatchEvent('drop', { dataTransfer });
  }

  test('after Undo the banner no longer says “Imported …”; Redo brings it back', async ({ page }) => {
    await page.goto('./');
    await importPasted(page, OLD_CONFIG);
    const report = page.getByRole('region', { name: 'Imported the pasted text' });
    await expect(report).toBeVisible();
    await action(page, 'Undo').click();
    await expect(preview(page)).toHaveText('{}');
    await expect(report).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'The import of the pasted text is undone' })).toBeVisible();
    await action(page, 'Redo').click();
    await expect(report).toBeVisible();
  });

  test('an import that would replace work asks first, and the replaced work stays restorable', async ({ page }) => {
    await page.goto('./');
    await addHost(page, 'mine.example.org');
    const mine = await configPreview(page);

    await dropFile(page, 'old-config.yaml', OLD_CONFIG);
    const ask = page.getByRole('dialog', { name: 'Import old-config.yaml?' });
    await expect(ask).toContainText('kept under Earlier setups');
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(ask).toBeHidden();
    await expect(preview(page)).toHaveText(mine);

    await dropFile(page, 'old-config.yaml', OLD_CONFIG);
    await ask.getByRole('button', { name: 'Replace my setup' }).click();
    await expect(preview(page)).toContainText('# our hub, managed by the platform team');

    // the Import dialog says what it replaces before it does
    await action(page, 'Import').click();
    await expect(page.getByRole('dialog', { name: 'Import a config.yaml' })).toContainText('Importing replaces your current setup');
    await page.keyboard.press('Escape');

    const dialog = await earlierSetups(page);
    const kept = dialog.getByRole('listitem').filter({ hasText: 'Replaced by an import' });
    await expect(kept).toContainText('mine.example.org');
    await kept.getByRole('button', { name: 'Restore' }).click();
    await expect(preview(page)).toHaveText(mine);
  });
});

test.describe('two tabs', () => {
  test('an edit in tab B never writes over tab A’s unseen import; B may load A’s work, and keeps its own restorable', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto('./');
    await b.goto('./');
    await expect(b.getByTestId('config-preview')).toHaveText('{}');

    // A imports: the import is saved
    await action(a, 'Import').click();
    await a.getByRole('dialog', { name: 'Import a config.yaml' }).getByLabel('config.yaml text').fill(OLD_CONFIG);
    await a.getByRole('dialog', { name: 'Import a config.yaml' }).getByRole('button', { name: 'Import', exact: true }).click();
    await savedHolds(a, 'platform team');

    // B, still showing the blank setup, is told …
    const notice = b.getByRole('alert').filter({ hasText: 'Another tab saved other work' });
    await expect(notice).toBeVisible();
    // … and its edit is kept aside, never written over A's import
    await addHost(b, 'tab-b.example.org');
    await expect.poll(() => earlierText(b)).toContain('tab-b.example.org');
    expect(await savedText(b)).toContain('platform team');
    expect(await savedText(b)).not.toContain('tab-b.example.org');

    await notice.getByRole('button', { name: 'Load the other tab’s work' }).click();
    await expect(b.getByTestId('config-preview')).toContainText('# our hub, managed by the platform team');
    await expect(notice).toHaveCount(0);
    const dialog = await earlierSetups(b);
    await expect(dialog.getByRole('listitem').filter({ hasText: 'tab-b.example.org' })).toBeVisible();
    await b.keyboard.press('Escape');
    // Undo in B goes back to its own setup
    await action(b, 'Undo').click();
    await expect(b.getByTestId('config-preview')).toContainText('- tab-b.example.org');
  });

  test('B may keep its own work instead: A’s is kept under Earlier setups, and A is told in turn', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto('./');
    await b.goto('./');
    await expect(b.getByTestId('config-preview')).toHaveText('{}');
    await addHost(a, 'tab-a.example.org');
    await savedHolds(a, 'tab-a.example.org');

    const notice = b.getByRole('alert').filter({ hasText: 'Another tab saved other work' });
    await expect(notice).toContainText('tab-a.example.org');
    await addHost(b, 'tab-b.example.org');
    await expect.poll(() => earlierText(b)).toContain('tab-b.example.org');
    await notice.getByRole('button', { name: 'Keep this tab’s work' }).click();
    await savedHolds(b, 'tab-b.example.org');
    await expect(earlierText(b)).resolves.toContain('tab-a.example.org');

    // A now holds work the storage no longer has: it is told, and writes nothing over B's
    const told = a.getByRole('alert').filter({ hasText: 'Another tab saved other work' });
    await expect(told).toContainText('tab-b.example.org');
    await a.getByLabel('Host 1', { exact: true }).fill('tab-a2.example.org');
    await expect.poll(() => earlierText(a)).toContain('tab-a2.example.org');
    expect(await savedText(a)).toContain('tab-b.example.org');
  });
});

test.describe('storage refused', () => {
  test('storage full: after “could not be saved”, a reload says which copy is the newer (address bar) and which the older (saved)', async ({ page }) => {
    await page.goto('./');
    await addHost(page, 'old.example.org');
    await savedHolds(page, 'old.example.org');
    // Fill what is left of this site's storage, as a browser with no room left.
    await page.evaluate(() => {
      localStorage.removeItem('z2jh-wizard:undo');
      let [lo, hi] = [0, 16_000_000];
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        try {
          localStorage.setItem('filler', 'x'.repeat(mid));
          lo = mid;
        } catch {
          hi = mid - 1;
        }
      }
      localStorage.setItem('filler', 'x'.repeat(lo));
    });

    const urlBefore = page.url();
    await addHost(page, 'second-host.example.org', 2);
    await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toBeVisible();
    await expect.poll(() => page.url()).not.toBe(urlBefore);
    expect(await savedText(page)).not.toContain('second-host.example.org');

    await page.reload();
    const ask = page.getByRole('dialog', { name: 'Which copy of your work?' });
    const newer = ask.getByRole('button', { name: 'Use the newer copy, from the address bar' });
    const older = ask.getByRole('button', { name: 'Use the older copy, saved in this browser' });
    await expect(newer).toHaveAccessibleDescription(/newer copy: .*second-host\.example\.org/);
    await expect(older).toHaveAccessibleDescription(/older copy, saved .*old\.example\.org/);
    await expect(older).not.toHaveAccessibleDescription(/second-host/);
    await older.click();
    await expect(preview(page)).not.toContainText('second-host.example.org');
    await expect(preview(page)).toContainText('- old.example.org');
    // the newer copy is one Undo away
    await action(page, 'Undo').click();
    await expect(preview(page)).toContainText('- second-host.example.org');
  });

  test('storage full: choosing the newer copy keeps it on screen and still writes nothing over the saved one', async ({ page }) => {
    await page.goto('./');
    await addHost(page, 'old.example.org');
    await savedHolds(page, 'old.example.org');
    await page.evaluate(() => {
      localStorage.removeItem('z2jh-wizard:undo');
      let [lo, hi] = [0, 16_000_000];
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        try {
          localStorage.setItem('filler', 'x'.repeat(mid));
          lo = mid;
        } catch {
          hi = mid - 1;
        }
      }
      localStorage.setItem('filler', 'x'.repeat(lo));
    });
    const urlBefore = page.url();
    await addHost(page, 'second-host.example.org', 2);
    await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toBeVisible();
    await expect.poll(() => page.url()).not.toBe(urlBefore);

    await page.reload();
    await page.getByRole('dialog', { name: 'Which copy of your work?' }).getByRole('button', { name: 'Use the newer copy, from the address bar' }).click();
    await expect(preview(page)).toContainText('- second-host.example.org');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toBeVisible();
    expect(await savedText(page)).toContain('old.example.org');

    // once there is room again, the newer copy is saved
    await page.evaluate(() => localStorage.removeItem('filler'));
    await page.getByLabel('Host 2', { exact: true }).fill('third-host.example.org');
    await savedHolds(page, 'third-host.example.org');
  });

  test('storage denied: the work survives a reload through the address bar', async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
    await page.goto('./');
    // where nothing can be stored, Undo says it ends with the page
    await expect(action(page, 'Undo')).toHaveAccessibleDescription(/Undo history ends when this page closes/);
    await addHost(page, 'hub.example.org');
    await expect.poll(() => page.url()).toContain('#z1.');
    // enabling the Ingress puts a link there before the host reaches it
    await addressSettled(page);
    await page.reload();
    await expect(preview(page)).toContainText('- hub.example.org');
  });
});
