module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'twenty-mcp-server',
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/bench'],
  testMatch: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/../twenty-db/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/../twenty-db/src/testing/global-teardown.ts',
};
