import { test as base, expect, type Page, type Request } from '@playwright/test';

/** Every request the page makes to an origin other than the app's own (data: and blob: are local). */
export function watchForeignRequests(page: Page, appOrigin: string): Request[] {
  const foreign: Request[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== appOrigin) foreign.push(request);
  });
  return foreign;
}

/**
 * `page` that fails the test when the app requested anything from another origin: the wizard must
 * work offline and keep the admin's config in the page.
 */
export const test = base.extend<{ allowForeignRequests: boolean; allowPageErrors: boolean; foreignRequests: Request[]; pageErrors: string[] }>({
  allowPageErrors: [false, { option: true }],
  // Errors thrown in the page, and Content-Security-Policy violations (the build allows no eval
  // and no script from elsewhere), fail the test too.
  pageErrors: [
    async ({ page, allowPageErrors }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) errors.push(m.text());
      });
      await use(errors);
      if (!allowPageErrors) expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  allowForeignRequests: [false, { option: true }],
  foreignRequests: [
    async ({ page, baseURL, allowForeignRequests }, use) => {
      const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
      await use(foreign);
      if (!allowForeignRequests) expect(foreign.map((r) => r.url()), 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The config.yaml preview's text. */
export async function configPreview(page: Page): Promise<string> {
  return (await page.getByTestId('config-preview').textContent()) ?? '';
}
