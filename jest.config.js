// Runs every package's Jest project in one process, so the PostgreSQL the
// first global setup starts is shared by all of them.
module.exports = {
  projects: ['<rootDir>/packages/*/jest.config.js'],
  testTimeout: 30_000,
  // On a 2-core machine Jest would run every file in its own process, whose
  // heap then grows with each file's module graph (ESM in vm contexts is
  // never released) until it passes Node's limit (~4 GB, seen at file 63
  // of 230). A memory limit makes Jest use a worker and replace it once it
  // holds more than this after a file.
  workerIdleMemoryLimit: '1GB',
};
