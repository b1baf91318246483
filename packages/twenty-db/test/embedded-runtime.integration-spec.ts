import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { withClient } from '../src/database/utils/with-client.util';
import { ensureEmbeddedDemo } from '../src/embedded/services/ensure-embedded-demo';
import { findFreePort } from '../src/embedded/utils/find-free-port.util';

describe('ensureEmbeddedDemo', () => {
  let parent: string;

  beforeAll(() => {
    parent = mkdtempSync(path.join(tmpdir(), 'twenty-embedded-'));
    chmodSync(parent, 0o755);
  });

  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('should seed on first start and reuse the cluster and secret on the next', async () => {
    const options = {
      dataDir: path.join(parent, 'postgres-16'),
      port: await findFreePort(),
    };
    const first = await ensureEmbeddedDemo(options);

    try {
      expect(first.action).toBe('seeded');
      expect(
        await withClient(
          first.databaseUrl,
          async (client) =>
            (
              await client.query(
                `SELECT count(*)::int AS count FROM core."workspace"`,
              )
            ).rows[0],
        ),
      ).toEqual({ count: 2 });
    } finally {
      await first.runtime.stop();
    }

    const second = await ensureEmbeddedDemo(options);

    try {
      expect(second.action).toBe('reused');
      expect(second.appSecret).toBe(first.appSecret);
      expect(second.fixture).toEqual(first.fixture);
    } finally {
      await second.runtime.stop();
    }
  }, 120_000);

  it('should refuse a port that is already taken, naming it', async () => {
    const taken = await ensureEmbeddedDemo({
      dataDir: path.join(parent, 'other'),
      port: await findFreePort(),
    });

    try {
      await expect(
        ensureEmbeddedDemo({
          dataDir: path.join(parent, 'third'),
          port: taken.runtime.port,
        }),
      ).rejects.toThrow(
        `Port ${taken.runtime.port} on 127.0.0.1 is already in use`,
      );
    } finally {
      await taken.runtime.stop();
    }
  }, 120_000);
});
