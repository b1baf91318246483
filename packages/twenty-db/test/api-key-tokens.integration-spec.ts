import { createHash } from 'node:crypto';

import { listApiKeys } from '../src/auth/services/list-api-keys';
import { mintListedTokens } from '../src/auth/utils/mint-listed-tokens.util';
import { readFixtureMarker } from '../src/fixture/services/fixture-marker';
import { TEST_APP_SECRET, useTestDatabase } from '../src/testing';

// Verifies seeded keys the way a Twenty server does, with an independent
// JWT library and Twenty's documented secret derivation.
const twentySecret = (workspaceId: string, type: 'API_KEY' | 'ACCESS') =>
  new TextEncoder().encode(
    createHash('sha256')
      .update(`${TEST_APP_SECRET}${workspaceId}${type}`)
      .digest('hex'),
  );

describe('seeded API keys', () => {
  const db = useTestDatabase();

  const tokens = async () =>
    mintListedTokens({
      apiKeys: await listApiKeys(db.client),
      appSecret: TEST_APP_SECRET,
      secretTypes: (await readFixtureMarker(db.client))?.apiKeySecretTypes,
    });

  it('should give every key a row, a role target and a verifiable JWT', async () => {
    const { jwtVerify } = await import('jose');
    const active = (await tokens()).filter(
      (token) => token.status === 'active',
    );

    expect(active.map((token) => [token.name, token.roleLabel])).toEqual([
      ['MCP - admin', 'Admin'],
      ['MCP - read-only', 'Read-only'],
      ['MCP - support agent', 'Support Agent'],
      ['MCP - contractor', 'Contractor'],
      ['Legacy integration (ACCESS-signed)', 'Admin'],
      ['Globex - admin', 'Admin'],
    ]);

    for (const token of active) {
      const legacy = token.name.startsWith('Legacy');
      const { payload } = await jwtVerify(
        token.token!,
        twentySecret(token.workspaceId, legacy ? 'ACCESS' : 'API_KEY'),
        { algorithms: ['HS256'] },
      );
      const row = await db.client.query(
        `SELECT k."workspaceId" FROM core."apiKey" k WHERE k."id" = $1 AND k."revokedAt" IS NULL`,
        [payload.jti],
      );

      expect(payload).toMatchObject({
        sub: token.workspaceId,
        type: 'API_KEY',
        workspaceId: token.workspaceId,
      });
      expect(row.rows).toEqual([{ workspaceId: token.workspaceId }]);
    }
  });

  it('should seed the keys a server must refuse', async () => {
    const byStatus = Object.fromEntries(
      (await tokens())
        .filter((token) => token.status !== 'active')
        .map((token) => [token.name, token.status]),
    );

    expect(byStatus).toEqual({
      'Revoked key': 'revoked',
      'Expired key': 'expired',
      'Key without a role': 'no role',
    });
  });

  it("should not verify a workspace's token with another workspace's secret", async () => {
    const { jwtVerify } = await import('jose');
    const all = await tokens();
    const demo = all.find((token) => token.name === 'MCP - admin')!;
    const other = all.find((token) => token.name === 'Globex - admin')!;

    await expect(
      jwtVerify(demo.token!, twentySecret(other.workspaceId, 'API_KEY')),
    ).rejects.toThrow('signature verification failed');
  });
});
