#!/usr/bin/env bash
# Every test: type check, unit tests (Vitest), then the browser tests (Playwright in a system
# Chromium) against the production build. Installs what is missing first, so a fresh clone works.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
fi
echo "== Chromium"
node scripts/chromium.mjs
echo "== type check (the whole project, then the core, page and CLI each with only what it may use)"
npm run -s typecheck
echo "== unit tests (vitest)"
mkdir -p .test-reports
npx vitest run --reporter=default --reporter=json --outputFile.json=.test-reports/vitest.json
echo "== production build"
npx vite build --logLevel warn
echo "== browser tests (playwright)"
PLAYWRIGHT_JSON_OUTPUT_FILE=.test-reports/playwright.json npx playwright test --reporter=list,json
node scripts/test-summary.mjs
