import { readFile } from 'node:fs/promises';
import { configPreview, expect, test, watchForeignRequests } from './fixtures.ts';

test('turning the ingress on and typing a host shows in config.yaml, and the download matches it', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('config-preview')).toHaveText('{}');

  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  await page.getByLabel('Host 1', { exact: true }).pressSequentially('hub.example.org');

  await expect(page.getByTestId('config-preview')).toContainText('- hub.example.org');
  const previewed = await configPreview(page);
  expect(previewed).toBe('ingress:\n  enabled: true\n  hosts:\n    - hub.example.org\n');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download config.yaml' }).click()]);
  expect(download.suggestedFilename()).toBe('config.yaml');
  expect(await readFile((await download.path())!, 'utf8')).toBe(previewed);
});

test('every keystroke reaches the preview, with none dropped', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  const host = page.getByLabel('Host 1', { exact: true });
  const typed = 'a-very-long-host-name.jupyter.example.org';
  await host.pressSequentially(typed, { delay: 0 });
  await expect(page.getByTestId('config-preview')).toContainText(`- ${typed}`);
});

test('a line longer than the preview is not cut off: the preview scrolls sideways to its end', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Enable an Ingress').check();
  await page.getByRole('button', { name: 'Add host' }).click();
  const host = `${'a-very-long-dns-label-for-testing-wide-lines-abcdefghij.'.repeat(3)}example.org`;
  await page.getByLabel('Host 1', { exact: true }).fill(host);
  const preview = page.getByTestId('config-preview');
  await expect(preview).toContainText(host);
  const sizes = await preview.evaluate((pre) => ({
    scroll: pre.scrollWidth,
    client: pre.clientWidth,
    chunks: [...pre.querySelectorAll('.text-chunk')].map((c) => ({ box: c.getBoundingClientRect().width, content: c.scrollWidth })),
  }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  // no block of lines is narrower than its own text (it would clip it)
  for (const c of sizes.chunks) expect(c.box).toBeGreaterThanOrEqual(c.content - 1);
  // scrolled to the far right, the end of the host is in view
  await preview.evaluate((pre) => { pre.scrollLeft = pre.scrollWidth; });
  const end = await preview.evaluate((pre) => {
    const range = document.createRange();
    // the text node with the host (inside a line mark when the host has a problem: this one is too long)
    const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    let text: Node | null = walker.nextNode();
    while (text && !text.textContent?.includes('example.org')) text = walker.nextNode();
    if (!text) throw new Error('no text node with the host');
    const at = text.textContent!.indexOf('example.org');
    range.setStart(text, at);
    range.setEnd(text, at + 'example.org'.length);
    const r = range.getBoundingClientRect();
    const box = pre.getBoundingClientRect();
    return { right: r.right, boxRight: box.right };
  });
  expect(end.right).toBeLessThanOrEqual(end.boxRight);
});

test('the Python editor loads only when a snippet is shown, and what is typed reaches the preview', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(r.url()));
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Hub extra config' })).toBeVisible();
  expect(scripts.filter((u) => /PythonEditor|editor\.worker/.test(u))).toEqual([]);

  await page.getByRole('button', { name: 'Add snippet' }).click();
  const editor = page.getByTestId('python-editor-extraConfig 00-snippet').locator('.monaco-editor');
  await expect(editor).toBeVisible();
  expect(scripts.some((u) => /PythonEditor/.test(u))).toBe(true);

  await editor.click();
  await page.keyboard.type('c.JupyterHub.admin_access = True');
  await expect(page.getByTestId('config-preview')).toContainText('00-snippet: |-');
  await expect(page.getByTestId('config-preview')).toContainText('c.JupyterHub.admin_access = True');
});

test.describe('the guard against other origins', () => {
  test.use({ allowForeignRequests: true, allowPageErrors: true });

  test('catches a request to another origin', async ({ page, baseURL }) => {
    // Proves the automatic check in fixtures.ts can fail. The page is a blank one (the app's own
    // policy would block the request before it is made); the other origin is another port on
    // loopback, where nothing listens: no traffic leaves the machine.
    const seen = watchForeignRequests(page, new URL(baseURL!).origin);
    await page.goto('about:blank');
    await page.evaluate(() => fetch('http://127.0.0.1:9/x').catch(() => undefined));
    await expect.poll(() => seen.map((r) => r.url())).toEqual(['http://127.0.0.1:9/x']);
  });

  test("the app's Content-Security-Policy blocks a request to another origin and inline scripts", async ({ page, pageErrors }) => {
    await page.goto('./');
    const blocked = await page.evaluate(() => fetch('http://127.0.0.1:9/x').then(() => false, () => true));
    expect(blocked).toBe(true);
    expect(pageErrors.join('\n')).toMatch(/connect-src 'self'/);
    // A script that is not a file from the app's own origin does not run.
    const injectedRan = await page.evaluate(async () => {
      const el = document.createElement('script');
      el.textContent = 'window.__injected = true';
      document.head.append(el);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(injectedRan).toBe(false);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
  });
});

test('nothing moves when the checks arrive: a click pressed before the validator loaded and released after it still lands', async ({ page }) => {
  // hold the engine (validator, renderer) back until the button is down
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/engine-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const toggle = page.getByLabel('Enable an Ingress');
  const summary = page.locator('.problems-summary');
  await expect(summary).toHaveText('Checking the setup…');
  // page.mouse does not scroll: the toggle is brought on screen first. It used to sit in the first
  // 1280×720 screen, but new content above it (the Release section's Target Kubernetes version field
  // with its hint, the "Team hub with GitHub sign-in" preset) pushed it below the fold, so the press
  // landed outside the viewport (on <html>) and never on the checkbox. A remount still fails below.
  await toggle.scrollIntoViewIfNeeded();
  const before = (await toggle.boundingBox())!;
  const at = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
  // the press is on the checkbox itself, not beside it or off screen
  expect(await toggle.evaluate((el, p) => document.elementFromPoint(p.x, p.y) === el, at)).toBe(true);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  release();
  await expect(summary).not.toHaveText('Checking the setup…'); // the checks have arrived
  expect((await toggle.boundingBox())!.y).toBe(before.y);
  await page.mouse.up();
  await expect(toggle).toBeChecked();
});

test('the build holds no CDN address, not even an unused default (the Monaco loader\'s jsdelivr URL is swapped out)', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dist = process.env.E2E_DIST ?? 'dist';
  const files = (readdirSync(dist, { recursive: true }) as string[]).map((f) => join(dist, f)).filter((f) => /\.(js|css|html|mjs)$/.test(f));
  expect(files.length).toBeGreaterThan(3);
  const cdn = /cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com|fonts\.googleapis\.com|fonts\.gstatic\.com/;
  const hits = files.filter((f) => cdn.test(readFileSync(f, 'utf8')));
  expect(hits).toEqual([]);
});

test.describe('framing', () => {
  // the refusal to frame is logged as a policy violation, which the fixture counts as an error
  test.use({ allowPageErrors: true });

test('the server sends the security policy as headers, and no site may frame the app', async ({ page, baseURL, request }) => {
  const response = await request.get(baseURL!);
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-frame-options']).toBe('DENY');
  // a page elsewhere that frames the app gets nothing of it
  const refused: string[] = [];
  page.on('console', (m) => void (/frame-ancestors|X-Frame-Options|Refused to (display|frame)/i.test(m.text()) && refused.push(m.text())));
  await page.setContent(`<iframe src="${baseURL}" title="framed"></iframe>`);
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  const framed = page.frames().find((f) => f !== page.mainFrame());
  expect(await framed?.locator('#root').count().catch(() => 0)).toBe(0);
});
});

test('the build carries the same headers for static hosts (dist/_headers)', async () => {
  const { readFileSync } = await import('node:fs');
  const headers = readFileSync(`${process.env.E2E_DIST ?? 'dist'}/_headers`, 'utf8');
  expect(headers).toMatch(/^\/\*\n/);
  expect(headers).toContain("frame-ancestors 'none'");
});
