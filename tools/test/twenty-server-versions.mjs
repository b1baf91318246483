// Helper of run-twenty-server-versions.sh, reading twenty-server-versions.json.
//
//   node twenty-server-versions.mjs pin <repo-copy>
//     Pins twenty-server's versions in a copy of this repository: npm
//     `overrides` in its root package.json, and the same exact versions
//     wherever a workspace lists one of them as a (dev)dependency, since npm
//     refuses an override that contradicts a direct dependency.
//     peerDependencies are left alone and checked instead: overrides also
//     replace the ranges on peer edges, so npm itself no longer compares
//     packages/twenty-mcp's peer ranges with twenty-server's versions.
//
//   node twenty-server-versions.mjs check <npm-query.json>
//     Reads `npm query '*'` (every installed package, one entry per
//     directory) and fails unless each pinned package is installed at
//     twenty-server's version only, and each singleton in one directory.
//     Directories, not `npm ls`'s tree: `npm ls` prints "deduped" for a
//     version it has seen before even when npm installed a second physical
//     copy under a workspace, and two copies of @nestjs/common or graphql
//     break Nest's DI tokens and GraphQL's instanceof checks all the same.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const writeJson = (path, value) =>
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

const { versions, singletons } = readJson(
  join(here, 'twenty-server-versions.json'),
);

// Enough of semver for the peer ranges we write: exact versions and caret
// ranges joined by `||`. Anything else is refused rather than guessed at.
const parseVersion = (text) => {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());

  if (!match) {
    throw new Error(`unsupported version "${text}"`);
  }

  return match.slice(1, 4).map(Number);
};

const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

const satisfies = (version, range) =>
  range.split('||').some((alternative) => {
    const text = alternative.trim();

    if (!text.startsWith('^')) {
      return compare(parseVersion(version), parseVersion(text)) === 0;
    }

    const floor = parseVersion(text.slice(1));
    const candidate = parseVersion(version);
    // ^1.2.3 stays below 2.0.0, ^0.14.0 below 0.15.0, ^0.0.3 below 0.0.4.
    const ceiling =
      floor[0] > 0
        ? [floor[0] + 1, 0, 0]
        : floor[1] > 0
          ? [0, floor[1] + 1, 0]
          : [0, 0, floor[2] + 1];

    return compare(candidate, floor) >= 0 && compare(candidate, ceiling) < 0;
  });

const workspaceManifests = (root) =>
  readdirSync(join(root, 'packages'))
    .map((name) => join(root, 'packages', name, 'package.json'))
    .filter((path) => existsSync(path));

const pin = (root) => {
  const rootManifestPath = join(root, 'package.json');
  const rootManifest = readJson(rootManifestPath);
  const failures = [];

  rootManifest.overrides = { ...rootManifest.overrides, ...versions };
  writeJson(rootManifestPath, rootManifest);

  for (const manifestPath of workspaceManifests(root)) {
    const manifest = readJson(manifestPath);
    const pinned = [];

    for (const field of ['dependencies', 'devDependencies']) {
      for (const [name, spec] of Object.entries(manifest[field] ?? {})) {
        if (versions[name] && spec !== versions[name]) {
          pinned.push(`${name} ${spec} -> ${versions[name]}`);
          manifest[field][name] = versions[name];
        }
      }
    }

    for (const [name, range] of Object.entries(
      manifest.peerDependencies ?? {},
    )) {
      if (versions[name] && !satisfies(versions[name], range)) {
        failures.push(
          `${manifest.name} peer ${name}@"${range}" excludes twenty-server's ${versions[name]}`,
        );
      }
    }

    writeJson(manifestPath, manifest);

    if (pinned.length > 0) {
      console.log(`${manifest.name}: ${pinned.join(', ')}`);
    }
  }

  if (failures.length > 0) {
    failures.forEach((failure) => console.error(`FAIL: ${failure}`));
    process.exit(1);
  }

  console.log("peer ranges of every workspace accept twenty-server's versions");
};

const check = (queryJsonPath) => {
  const installed = readJson(queryJsonPath);
  const failures = [];

  for (const [name, version] of Object.entries(versions)) {
    const copies = installed.filter((node) => node.name === name);

    if (copies.length === 0) {
      if (singletons.includes(name)) {
        failures.push(`${name} is not installed`);
      }

      continue; // a pinned package nothing here uses
    }

    const found = [...new Set(copies.map((node) => node.version))];

    console.log(
      `${name}@${found.join(', ')}: ${copies.length} ${copies.length === 1 ? 'copy' : 'copies'} (${copies.map((node) => node.location).join(', ')})`,
    );

    if (found.length !== 1 || found[0] !== version) {
      failures.push(`${name} resolves to ${found.join(', ')}, not ${version}`);
    }

    if (singletons.includes(name) && copies.length > 1) {
      failures.push(`${name} is installed ${copies.length} times`);
    }
  }

  if (failures.length > 0) {
    failures.forEach((failure) => console.error(`FAIL: ${failure}`));
    process.exit(1);
  }

  console.log(
    `one copy each of ${singletons.join(', ')}, at twenty-server's versions`,
  );
};

const [command, ...args] = process.argv.slice(2);

if (command === 'pin' && args.length === 1) {
  pin(args[0]);
} else if (command === 'check' && args.length === 1) {
  check(args[0]);
} else {
  console.error(
    'usage: twenty-server-versions.mjs pin <dir> | check <npm-query.json>',
  );
  process.exit(2);
}
