#!/usr/bin/env node
// Takes the README's screenshots of the production build: node scripts/screenshots.mjs
// (run `npx vite build` first). Uses the system Chromium, like the tests.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const port = 4391;
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const shots = [
    { file: 'docs/screenshot-wide.png', viewport: { width: 1400, height: 860 }, colorScheme: 'light' },
    { file: 'docs/screenshot-narrow.png', viewport: { width: 375, height: 800 }, colorScheme: 'light' },
    { file: 'docs/screenshot-dark.png', viewport: { width: 1400, height: 860 }, colorScheme: 'dark' },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByLabel('Enable an Ingress').check();
    await page.getByRole('button', { name: 'Add host' }).click();
    await page.getByLabel('Host 1', { exact: true }).fill('hub.example.org');
    await page.getByLabel(/cert-manager \+ Let's Encrypt/).check();
    await page.getByLabel("E-mail for Let's Encrypt").fill('hub-admins@university.example');
    await page.getByRole('button', { name: 'Add snippet' }).click();
    await page.locator('.monaco-editor').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot.file });
    await page.close();
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await browser.close();
  server.kill();
}
