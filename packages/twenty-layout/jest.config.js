module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'twenty-layout',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
};
