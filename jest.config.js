// Runs every package's Jest project in one process, so the PostgreSQL the
// first global setup starts is shared by all of them.
module.exports = {
  projects: ['<rootDir>/packages/*/jest.config.js'],
  testTimeout: 30_000,
};
