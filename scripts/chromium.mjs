#!/usr/bin/env node
// Finds a Chromium for the browser tests, in this order: $CHROMIUM_PATH, Debian's /usr/bin/chromium
// (or chromium-browser), then a browser Playwright itself installed earlier. Run as a script, it
// installs Debian's `chromium` with apt-get when nothing is found and it runs as root on Debian;
// otherwise it explains in one line what to do. It never downloads a browser build.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const p of systemPaths) if (existsSync(p)) return p;
  return playwrightsOwn();
}

function playwrightsOwn() {
  try {
    const out = execFileSync(process.execPath, ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out && existsSync(out) ? out : null;
  } catch {
    return null;
  }
}

function installDebianChromium() {
  const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.error('No Chromium found: installing Debian\'s chromium package with apt-get…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let found = findChromium();
  if (!found && process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
    process.exit(1);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!found && isRoot && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')) {
    installDebianChromium();
    found = findChromium();
  }
  if (!found) {
    console.error('No Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.');
    process.exit(1);
  }
  console.log(`Chromium for the browser tests: ${found}`);
}
