module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'twenty-mcp',
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/../twenty-db/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/../twenty-db/src/testing/global-teardown.ts',
};
