#!/usr/bin/env bash
# One command from a fresh clone to a running app: install (when needed), build, serve.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npx vite build --logLevel warn
exec node scripts/serve.mjs "$@"
