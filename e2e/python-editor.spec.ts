// The Python editor's rough edges of issue 17, as an admin meets them, and the extraEnv rows' labels.
import type { Locator, Page } from '@playwright/test';
import { configPreview, expect, test } from './fixtures.ts';

test.use({ viewport: { width: 1400, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.goto('./');
});

const snippet = (page: Page, name: string) => page.getByTestId(`python-editor-extraConfig ${name}`);
/** The code of the snippet's editor as shown (Monaco draws spaces as no-break spaces). */
const codeOf = async (editor: Locator) => ((await editor.locator('.view-lines').textContent()) ?? '').replace(/\u00a0/g, ' ');
const suggestions = (page: Page) => page.locator('.suggest-widget.visible');

async function addSnippet(page: Page, name: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Add snippet' }).click();
  const editor = snippet(page, name);
  await expect(editor.locator('.monaco-editor')).toBeVisible();
  return editor;
}

/** The snippets' names in the order the page shows them. */
const shownNames = (page: Page) => page.locator('input.snippet-name').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

test('the rename field\'s accessible name follows the typed name at once, not only after it is left', async ({ page }) => {
  await addSnippet(page, '00-snippet');
  await page.getByRole('textbox', { name: 'Name of snippet 00-snippet' }).fill('20-later');
  await expect(page.getByRole('textbox', { name: 'Name of snippet 20-later' })).toBeFocused();
  await page.keyboard.type('-x');
  await expect(page.getByRole('textbox', { name: 'Name of snippet 20-later-x' })).toBeFocused();
});

test('after a rename the next click into the code is not lost, and the typing lands in that snippet', async ({ page }) => {
  await addSnippet(page, '00-snippet');
  await addSnippet(page, '01-snippet');
  const [first, second] = [page.locator('.snippet').nth(0), page.locator('.snippet').nth(1)];

  await first.locator('input.snippet-name').fill('20-later');
  // The admin clicks into the code of the snippet just renamed: the click leaves the name field.
  await first.locator('.view-lines').click();
  await page.keyboard.type('x = 1');
  await expect.poll(() => codeOf(snippet(page, '20-later'))).toBe('x = 1');
  expect(await codeOf(snippet(page, '01-snippet'))).toBe('');
  expect(await configPreview(page)).toMatch(/20-later: \|-\n +x = 1\n/);

  // Shift+Tab out of the name field, then into the code: the same.
  await second.locator('input.snippet-name').fill('05-middle');
  await page.keyboard.press('Shift+Tab');
  await second.locator('.view-lines').click();
  await page.keyboard.type('y = 2');
  await expect.poll(() => codeOf(snippet(page, '05-middle'))).toBe('y = 2');
  expect(await codeOf(snippet(page, '20-later'))).toBe('x = 1');
});

test('snippets show in run order, and a new one is named to run after the last', async ({ page }) => {
  await addSnippet(page, '00-snippet');
  await page.getByRole('textbox', { name: 'Name of snippet 00-snippet' }).fill('10-auth');
  await page.keyboard.press('Enter');
  await addSnippet(page, '11-snippet');
  expect(await shownNames(page)).toEqual(['10-auth', '11-snippet']);

  await page.getByRole('textbox', { name: 'Name of snippet 11-snippet' }).fill('05-early');
  await page.keyboard.press('Enter');
  // Once the focus leaves the snippets, they move into the order the hub runs them in.
  await page.getByRole('heading', { name: 'Python snippets (hub.extraConfig)' }).click();
  await expect.poll(() => shownNames(page)).toEqual(['05-early', '10-auth']);
  await expect(page.getByText('runs 1st')).toBeVisible();
  await addSnippet(page, '11-snippet');
  expect(await shownNames(page)).toEqual(['05-early', '10-auth', '11-snippet']);
});

test('the suggestions float over the page: not clipped by the form column, on screen', async ({ page }) => {
  const editor = await addSnippet(page, '00-snippet');
  await editor.locator('.view-lines').click();
  await page.keyboard.type('c.');
  const widget = suggestions(page);
  await expect(widget).toBeVisible();
  await expect(widget.getByRole('option', { name: /KubeSpawner/ }).first()).toBeVisible();
  const layout = await widget.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 12));
    return {
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width },
      inSection: el.closest('.section') !== null,
      visibleAtItsCentre: hit !== null && el.contains(hit),
    };
  });
  expect(layout.visibleAtItsCentre, 'nothing covers or clips it').toBe(true);
  expect(layout.box.width).toBeGreaterThan(250);
  expect(layout.box.left).toBeGreaterThanOrEqual(0);
  expect(layout.box.top).toBeGreaterThanOrEqual(0);
  expect(layout.box.right).toBeLessThanOrEqual(1400);
  expect(layout.box.bottom).toBeLessThanOrEqual(900);
  // Its label text is readable, not only the icons.
  const label = await widget.locator('.monaco-list-row .label-name').first().boundingBox();
  expect(label!.width).toBeGreaterThan(20);
  expect(layout.inSection, 'the widget lives outside the clipping section').toBe(false);
});

for (const [where, lineAt] of [['near the top of the screen', 80], ['near the bottom of the screen', 830]] as const) {
  test(`on a line ${where}, the suggestions open where there is room and leave the line readable`, async ({ page }) => {
    const editor = await addSnippet(page, '00-snippet');
    await addSnippet(page, '01-snippet');
    const line = editor.locator('.view-lines');
    // The page scrolled so that the snippet's first line sits at `lineAt` on the screen.
    await line.evaluate((el, y) => window.scrollBy(0, el.getBoundingClientRect().top - y), lineAt);
    await line.click({ position: { x: 40, y: 8 } });
    await page.keyboard.type('c.');
    const widget = suggestions(page);
    await expect(widget).toBeVisible();
    await expect(widget.getByRole('option', { name: /KubeSpawner/ }).first()).toBeVisible();
    const [w, l] = [(await widget.boundingBox())!, (await editor.locator('.view-line').first().boundingBox())!];
    expect(w.y, 'on screen').toBeGreaterThanOrEqual(0);
    expect(w.y + w.height, 'on screen').toBeLessThanOrEqual(900);
    if (lineAt < 450) expect(w.y, 'below the line').toBeGreaterThanOrEqual(l.y + l.height - 1);
    else expect(w.y + w.height, 'above the line').toBeLessThanOrEqual(l.y + 1);
  });
}

test('z2jh.get_config( offers the custom keys, nested ones too, before a quote is typed', async ({ page }) => {
  await page.getByLabel('custom', { exact: true }).fill('teams:\n  physics: 3\nquota_gb: 10\n');
  await expect(page.getByText('z2jh.get_config("custom.teams.physics")')).toBeVisible();
  const editor = await addSnippet(page, '00-snippet');
  await editor.locator('.view-lines').click();
  await page.keyboard.type('x = z2jh.get_config(');
  const widget = suggestions(page);
  await expect(widget).toBeVisible();
  for (const key of ['"custom.teams"', '"custom.teams.physics"', '"custom.quota_gb"']) {
    await expect(widget.getByRole('option', { name: new RegExp(key.replace(/\./g, '\\.')) })).toBeVisible();
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => codeOf(editor)).toBe('x = z2jh.get_config("custom.teams")');
});

test('Escape with no popup open leaves the editor without pressing the next button; Enter then adds nothing', async ({ page }) => {
  const editor = await addSnippet(page, '00-snippet');
  await editor.locator('.view-lines').click();
  await page.keyboard.type('x = 1');
  await expect(suggestions(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Add snippet' })).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') ?? null)).toBeNull();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.locator('.snippet')).toHaveCount(1);
  // The next Tab goes on to the control after the editor.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add snippet' })).toBeFocused();
});

test('an empty snippet is flagged beside it once left, and in the problems list, with its key path', async ({ page }) => {
  const editor = await addSnippet(page, '00-snippet');
  const card = page.locator('.snippet', { has: editor });
  await expect(card.locator('.msg-warning')).toHaveCount(0);
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(card.locator('.msg-warning')).toHaveText(/The snippet 00-snippet is empty: it runs nothing/);
  await page.locator('.problems-summary summary').click();
  await expect(page.locator('.problems-summary li', { hasText: 'is empty' })).toContainText('hub.extraConfig["00-snippet"]');

  await editor.locator('.view-lines').click();
  await page.keyboard.type('import z2jh');
  await expect(card.locator('.msg-warning')).toHaveCount(0);
});

test('one typo gives one error: no follow-on "unexpected indent"', async ({ page }) => {
  const editor = await addSnippet(page, '00-snippet');
  const card = page.locator('.snippet', { has: editor });
  await editor.locator('.view-lines').click();
  // The quote typed before a word: the editor does not close it.
  await page.keyboard.type('abc');
  await page.keyboard.press('Home');
  await page.keyboard.type('x = "');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('    y = 1');
  await expect.poll(() => codeOf(editor)).toBe('x = "abc    y = 1');
  await expect(card.locator('.msg-error').first()).toContainText('line 1');
  await expect(card.locator('.msg-error')).toHaveCount(1);
  await expect(card.locator('.msg-error')).toContainText('unclosed string');
  await expect(page.locator('.problems-summary summary')).toHaveText('1 error');
});

test('c.Spawner.start_timeout = 600 in a snippet: a hint, not an error, that it belongs in hub.config', async ({ page }) => {
  const editor = await addSnippet(page, '00-snippet');
  const card = page.locator('.snippet', { has: editor });
  await editor.locator('.view-lines').click();
  await page.keyboard.insertText('c.Spawner.start_timeout = 600');
  await expect(card.locator('.msg-warning')).toContainText('line 1: c.Spawner.start_timeout = 600 is a plain setting; it belongs in hub.config (hub.config.Spawner.start_timeout: 600)');
  await expect(card.locator('.msg-error')).toHaveCount(0);
  await page.locator('.problems-summary summary').click();
  await expect(page.locator('.problems-summary li', { hasText: 'plain setting' })).toContainText('hub.extraConfig["00-snippet"]');
});

for (const width of [1400, 375]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('filled extraEnv rows keep their labels, visible and in the accessible names', async ({ page }) => {
      await page.getByRole('button', { name: 'Add variable' }).click();
      await page.getByRole('textbox', { name: 'Variable 1 name' }).fill('LOG_LEVEL');
      await page.getByRole('textbox', { name: 'Variable 1 value' }).fill('debug');
      await page.getByRole('button', { name: 'Add variable' }).click();
      await page.getByRole('textbox', { name: 'Variable 2 name' }).fill('GITHUB_TOKEN');
      await page.getByRole('combobox', { name: 'Variable 2 source' }).selectOption('secret');
      await page.getByRole('textbox', { name: 'Variable 2 secret name' }).fill('hub-tokens');
      await page.getByRole('textbox', { name: 'Variable 2 key' }).fill('github');
      await expect(page.getByTestId('config-preview')).toContainText('name: hub-tokens');

      const rows = page.locator('.env-row');
      const expected = [
        [['Name', 'Variable 1 name'], ['Source', 'Variable 1 source'], ['Value', 'Variable 1 value']],
        [['Name', 'Variable 2 name'], ['Source', 'Variable 2 source'], ['Secret name', 'Variable 2 secret name'], ['Key', 'Variable 2 key']],
      ];
      for (const [i, cells] of expected.entries()) {
        const row = rows.nth(i);
        await row.scrollIntoViewIfNeeded();
        for (const [text, name] of cells!) {
          const label = row.locator('.env-label', { hasText: new RegExp(`^${text}$`) });
          await expect(label, `${name}: label`).toBeVisible();
          const field = row.getByLabel(name!, { exact: true });
          await expect(field).toHaveAccessibleName(name!);
          // The label sits above its own field, inside the screen, and the field is wide enough to read.
          const [l, f] = [(await label.boundingBox())!, (await field.boundingBox())!];
          expect(l.y + l.height, `${name}: label above the field`).toBeLessThanOrEqual(f.y + 1);
          expect(Math.abs(l.x - f.x), `${name}: label over the field`).toBeLessThan(4);
          expect(f.x).toBeGreaterThanOrEqual(0);
          expect(f.x + f.width).toBeLessThanOrEqual(width);
          expect(f.width).toBeGreaterThan(90);
        }
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    });
  });
}
