import { defineConfig } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the test script
import { findChromium } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4317);
// Served under a sub-path, as on a project page (GitHub Pages): the build must not assume the root.
const basePath = '/z2jh-wizard/';
// The build to test (default dist/, what `vite build` writes).
const distDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    acceptDownloads: true,
    launchOptions: {
      executablePath: (findChromium() as string | null) ?? undefined,
      // As root (CI) Chromium needs --no-sandbox; the rest stops its calls home, which this
      // network refuses (and which would count as requests to other origins anyway).
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --base ${basePath} --dir ${distDir}`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
