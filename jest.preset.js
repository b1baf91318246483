// Shared by every package's jest.config.js, as in Twenty's root.
const path = require('path');

module.exports = {
  transform: {
    // Type errors are the typecheck target's job; Jest only transpiles.
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: path.join(__dirname, 'tsconfig.spec.json') },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@twenty-mcp/twenty-layout$': path.join(
      __dirname,
      'packages/twenty-layout/src/index.ts',
    ),
    '^@twenty-mcp/twenty-db$': path.join(
      __dirname,
      'packages/twenty-db/src/index.ts',
    ),
    '^@twenty-mcp/twenty-db/testing$': path.join(
      __dirname,
      'packages/twenty-db/src/testing/index.ts',
    ),
    '^@twenty-mcp/twenty-mcp$': path.join(
      __dirname,
      'packages/twenty-mcp/src/index.ts',
    ),
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Every test's fetch drops idle sockets long before a server does (see
  // the file): no keep-alive race on a loaded machine.
  testEnvironment: path.join(
    __dirname,
    'packages/twenty-db/src/testing/keep-alive-test-environment.ts',
  ),
  clearMocks: true,
};
