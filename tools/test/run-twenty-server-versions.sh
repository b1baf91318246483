#!/usr/bin/env bash
# The twenty-mcp module is imported by twenty-server, so in production it runs
# on twenty-server's copies of Nest, @nestjs/graphql, graphql, the Yoga driver,
# class-validator, class-transformer and TypeORM (its peer dependencies), not
# on the versions our lockfile installs. This installs a copy of the repository
# with twenty-server's exact versions (tools/test/twenty-server-versions.json,
# read upstream as docs/twenty-server-versions.md says), checks that each
# singleton resolves to one copy, typechecks the module and its host against
# them, and runs the module's tests plus the host's settings-API end-to-end
# spec with them. Needs the npm registry and nothing else from outside.
set -euo pipefail

repo_root=$(cd "$(dirname "$0")/../.." && pwd)
started=$(date +%s)

export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

# The end-to-end spec starts Debian's redis-server; a no-op when installed.
bash "$repo_root/tools/test/ensure-debian-packages.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/twenty-mcp-twenty-server-versions.XXXXXX")
# The copy is ~1 GB once installed: always remove it, on success or failure.
# The embedded PostgreSQL that Jest's global setup starts keeps its data in
# its own temp dir and is stopped by the global teardown.
cleanup() {
  rm -rf "$work"
}
trap cleanup EXIT

echo "== copy of the repository with twenty-server's versions: $work"
# A copy, not a git worktree: uncommitted changes count, and installs,
# builds and the Nx cache stay out of the developer's tree.
tar -C "$repo_root" \
  --exclude=./.git --exclude=node_modules --exclude=dist --exclude=dist-bench \
  --exclude=./.nx --exclude=coverage --exclude='*.tsbuildinfo' \
  -cf - . | tar -C "$work" -xf -

cd "$work"
node tools/test/twenty-server-versions.mjs pin "$work"

echo "== npm install (twenty-server's versions)"
# npm applies the overrides to peer edges too, so it accepts twenty-server's
# set, though @graphql-yoga/nestjs 2.1.0 declares @nestjs/* ^10 and
# @nestjs/graphql ^12, and @nestjs/graphql 13.4.2 declares graphql ^16.11.0
# (Twenty holds graphql at 16.8.1 and installs with yarn, which only warns).
# Not --legacy-peer-deps: with it npm installs a second physical copy of Nest,
# graphql and class-validator under each workspace. The lockfile is kept, so
# everything else stays at our locked versions.
npm install --no-audit --no-fund --loglevel=error
# Reusing the lockfile leaves the old versions' slots behind (a stray pg
# 8.23.1 at the root, which TypeORM would load instead of 8.12.0, and nested
# copies of express and the Yoga driver): dedupe hoists one copy of each, as
# twenty-server's own install has.
npm dedupe --no-audit --no-fund --loglevel=error

echo "== npm ls"
packages=(@nestjs/common @nestjs/core @nestjs/graphql graphql class-validator
  @graphql-yoga/nestjs graphql-yoga typeorm)
npm ls "${packages[@]}"
npm query '*' >"$work/installed.json"
node tools/test/twenty-server-versions.mjs check "$work/installed.json"

echo "== typecheck twenty-mcp and its host against twenty-server's versions"
# Also builds the workspace libraries that Jest's global setup loads from dist.
npx nx run-many -t typecheck -p twenty-mcp twenty-mcp-server --output-style=static

# The module's own project: its unit and integration tests and its
# end-to-end tests, which boot TwentyMcpModule in Nest with the Yoga driver
# and a schema built by @nestjs/graphql and drive the settings GraphQL API
# (class-validator input errors included). The host's product tests
# (browser, client interop) are left to the main runs, to keep this stage
# short. Node 24, as twenty-server runs (and as run-tests.sh's second run).
echo "== jest on Node ${TWENTY_TEST_NODE_24:-24.21.0} with twenty-server's versions"
npx -y -p "node@${TWENTY_TEST_NODE_24:-24.21.0}" -- \
  env NODE_OPTIONS="--experimental-vm-modules --disable-warning=ExperimentalWarning" \
  node node_modules/jest/bin/jest.js -c jest.config.js \
  --selectProjects twenty-mcp

echo "== twenty-server's versions: passed in $(($(date +%s) - started)) s"
