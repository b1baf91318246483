import { generateKeyPairSync, randomUUID } from 'node:crypto';

import {
  DEMO_SIGNING_KEYS,
  deriveDemoSigningKey,
  listApiKeys,
  mintApiKeyToken,
} from '@twenty-mcp/twenty-db';
import {
  TEST_APP_SECRET,
  useTestDatabase,
} from '@twenty-mcp/twenty-db/testing';
import { sign } from 'jsonwebtoken';
import { type DataSource } from 'typeorm';

import { PostgresAuthAdapter } from '../../../src/backends/postgres/services/postgres-auth.adapter';
import { TwentyApplicationTokens } from '../../../src/backends/postgres/services/twenty-application-tokens.service';
import { WorkspaceSigningKeys } from '../../../src/backends/postgres/services/workspace-signing-keys.service';
import { TwentyMcpException } from '../../../src/domain/exceptions/twenty-mcp.exception';
import { buildTestConfig } from '../../utils/build-test-config.util';
import { createTestDataSource } from '../../utils/create-test-data-source';

const signingKey = (id: string) => ({
  kind: 'signingKey' as const,
  ...deriveDemoSigningKey({ appSecret: TEST_APP_SECRET, id }),
});

// Why each ES256 token is accepted or refused, at the adapter: the reasons
// the log gets (callers only ever see one refusal message).
describe('ES256 API keys at the Postgres auth adapter', () => {
  const db = useTestDatabase();
  let dataSource: DataSource;
  let key: { id: string; workspaceId: string };

  const authenticate = (token: string) => {
    const config = buildTestConfig({ dataSource, appSecret: TEST_APP_SECRET });
    const signingKeys = new WorkspaceSigningKeys(config);

    return new PostgresAuthAdapter(
      config,
      signingKeys,
      new TwentyApplicationTokens(config, signingKeys),
    ).authenticate(token);
  };
  const refusal = async (token: string) => {
    try {
      await authenticate(token);
    } catch (error) {
      expect(error).toBeInstanceOf(TwentyMcpException);

      return (error as TwentyMcpException).details?.reason;
    }

    throw new Error('the token was accepted');
  };
  const tokenSignedBy = (signer: ReturnType<typeof signingKey>) =>
    mintApiKeyToken({
      appSecret: TEST_APP_SECRET,
      workspaceId: key.workspaceId,
      apiKeyId: key.id,
      signingKey: signer,
    });

  beforeAll(async () => {
    dataSource = await createTestDataSource(db.database.url);
    key = (await listApiKeys(db.client)).find(
      ({ name }) => name === 'MCP - admin',
    )!;
  });

  afterAll(() => dataSource.destroy());

  it('should accept the current and a rotated-out key', async () => {
    for (const id of [
      DEMO_SIGNING_KEYS.current.id,
      DEMO_SIGNING_KEYS.previous.id,
    ]) {
      await expect(
        authenticate(tokenSignedBy(signingKey(id))),
      ).resolves.toMatchObject({ credentialId: key.id, name: 'MCP - admin' });
    }
  });

  it('should refuse a revoked key, an unknown kid and a kid that is no uuid alike', async () => {
    for (const id of [DEMO_SIGNING_KEYS.revoked.id, randomUUID(), 'kid-1']) {
      expect(
        await refusal(
          tokenSignedBy({ ...signingKey(DEMO_SIGNING_KEYS.current.id), id }),
        ),
      ).toBe('unknown or revoked signing key');
    }
  });

  it('should refuse a foreign key under a known kid', async () => {
    expect(
      await refusal(
        tokenSignedBy({
          kind: 'signingKey',
          id: DEMO_SIGNING_KEYS.current.id,
          privateKey: generateKeyPairSync('ec', { namedCurve: 'P-256' })
            .privateKey,
          publicKeyPem: '',
        }),
      ),
    ).toBe('signature does not verify with the signing key');
  });

  it('should verify HS256 with a kid against the workspace secret only', async () => {
    const claims = {
      sub: key.workspaceId,
      type: 'API_KEY',
      workspaceId: key.workspaceId,
    };
    const options = {
      algorithm: 'HS256' as const,
      keyid: DEMO_SIGNING_KEYS.current.id,
      jwtid: key.id,
      expiresIn: 3600,
    };

    expect(
      await refusal(
        sign(
          claims,
          signingKey(DEMO_SIGNING_KEYS.current.id).publicKeyPem,
          options,
        ),
      ),
    ).toBe('signature does not verify with the workspace secret');
  });

  it('should refuse an expired ES256 token as expired', async () => {
    const token = sign(
      {
        sub: key.workspaceId,
        type: 'API_KEY',
        workspaceId: key.workspaceId,
        exp: Math.floor(Date.now() / 1000) - 60,
      },
      signingKey(DEMO_SIGNING_KEYS.current.id).privateKey,
      {
        algorithm: 'ES256',
        keyid: DEMO_SIGNING_KEYS.current.id,
        jwtid: key.id,
      },
    );

    expect(await refusal(token)).toBe('token expired');
  });

  it('should refuse ES256 and keep HS256 on a database without core."signingKey"', async () => {
    await db.client.query(`DROP TABLE core."signingKey"`);

    expect(await refusal(tokenSignedBy(signingKey(randomUUID())))).toBe(
      'unknown or revoked signing key',
    );
    await expect(
      authenticate(
        mintApiKeyToken({
          appSecret: TEST_APP_SECRET,
          workspaceId: key.workspaceId,
          apiKeyId: key.id,
        }),
      ),
    ).resolves.toMatchObject({ credentialId: key.id });
  });
});
