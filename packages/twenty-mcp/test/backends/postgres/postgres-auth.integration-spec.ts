import {
  DEMO_WORKSPACE,
  listApiKeys,
  mintApiKeyToken,
  mintApplicationToken,
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
import { TwentyMcpExceptionCode } from '../../../src/domain/exceptions/twenty-mcp-exception-code.enum';
import { buildTestConfig } from '../../utils/build-test-config.util';
import { createTestDataSource } from '../../utils/create-test-data-source';

describe(PostgresAuthAdapter.name, () => {
  const db = useTestDatabase();
  let dataSource: DataSource;
  let sut: PostgresAuthAdapter;
  let keys: Awaited<ReturnType<typeof listApiKeys>>;

  const keyNamed = (name: string) => keys.find((key) => key.name === name)!;
  const tokenFor = (
    name: string,
    secretType: 'API_KEY' | 'ACCESS' = 'API_KEY',
  ) => {
    const key = keyNamed(name);

    return mintApiKeyToken({
      appSecret: TEST_APP_SECRET,
      workspaceId: key.workspaceId,
      apiKeyId: key.id,
      secretType,
    });
  };
  const refusal = async (token: string) => {
    try {
      await sut.authenticate(token);
    } catch (error) {
      expect(error).toBeInstanceOf(TwentyMcpException);

      return (
        (error as TwentyMcpException).details?.reason ??
        (error as TwentyMcpException).code
      );
    }

    throw new Error('the token was accepted');
  };

  beforeAll(async () => {
    dataSource = await createTestDataSource(db.database.url);
    const config = buildTestConfig({ dataSource, appSecret: TEST_APP_SECRET });

    const signingKeys = new WorkspaceSigningKeys(config);

    sut = new PostgresAuthAdapter(
      config,
      signingKeys,
      new TwentyApplicationTokens(config, signingKeys),
    );
    keys = await listApiKeys(db.client);
  });

  afterAll(() => dataSource.destroy());

  it('should resolve an API key to its workspace, name and role', async () => {
    const principal = await sut.authenticate(tokenFor('MCP - read-only'));
    const [role] = (
      await db.client.query(
        `SELECT r."label" FROM core."role" r WHERE r."id" = $1`,
        [principal.roleId],
      )
    ).rows;

    expect(principal).toMatchObject({
      workspaceId: DEMO_WORKSPACE.id,
      kind: 'apiKey',
      credentialId: keyNamed('MCP - read-only').id,
      name: 'MCP - read-only',
      scopes: ['read', 'write', 'delete', 'destroy'],
    });
    expect(role.label).toBe('Read-only');
  });

  it('should accept keys signed with the legacy ACCESS secret', async () => {
    await expect(
      sut.authenticate(
        tokenFor('Legacy integration (ACCESS-signed)', 'ACCESS'),
      ),
    ).resolves.toMatchObject({
      name: 'Legacy integration (ACCESS-signed)',
    });
  });

  it('should refuse revoked, expired and role-less keys', async () => {
    expect(await refusal(tokenFor('Revoked key'))).toBe('API key revoked');
    // A valid key without a role may do nothing: refused as forbidden
    // (authorisation), not as an invalid credential.
    await expect(
      sut.authenticate(tokenFor('Key without a role')),
    ).rejects.toMatchObject({
      code: TwentyMcpExceptionCode.FORBIDDEN,
      message: expect.stringMatching(/has no role in its workspace/),
    });

    const expired = keyNamed('Expired key');
    const stillSigned = sign(
      {
        sub: expired.workspaceId,
        type: 'API_KEY',
        workspaceId: expired.workspaceId,
      },
      (await import('@twenty-mcp/twenty-layout')).computeAppSecret({
        appSecret: TEST_APP_SECRET,
        workspaceId: expired.workspaceId,
        type: 'API_KEY',
      }),
      { jwtid: expired.id, expiresIn: '1h' },
    );

    // The row says expired even though the token itself has not.
    expect(await refusal(stillSigned)).toBe('API key expired');
  });

  it('should refuse a key revoked after its token was issued, on the next call', async () => {
    const token = tokenFor('MCP - support agent');

    await expect(sut.authenticate(token)).resolves.toBeDefined();
    await db.client.query(
      `UPDATE core."apiKey" SET "revokedAt" = now() WHERE "id" = $1`,
      [keyNamed('MCP - support agent').id],
    );
    expect(await refusal(token)).toBe('API key revoked');
  });

  it('should refuse tokens signed with another secret or claiming another workspace', async () => {
    const key = keyNamed('MCP - admin');
    const globex = keyNamed('Globex - admin');

    expect(
      await refusal(
        mintApiKeyToken({
          appSecret: 'another secret',
          workspaceId: key.workspaceId,
          apiKeyId: key.id,
        }),
      ),
    ).toBe('signature does not verify with the workspace secret');
    // A valid signature for Globex cannot carry a Northwind key id.
    expect(
      await refusal(
        mintApiKeyToken({
          appSecret: TEST_APP_SECRET,
          workspaceId: globex.workspaceId,
          apiKeyId: key.id,
        }),
      ),
    ).toBe('API key not found in its workspace');
  });

  it('should refuse garbage, unsigned and non-API-key tokens', async () => {
    const key = keyNamed('MCP - admin');
    const unsigned = sign(
      { sub: key.workspaceId, type: 'API_KEY', workspaceId: key.workspaceId },
      '',
      {
        algorithm: 'none',
        jwtid: key.id,
      },
    );
    expect(await refusal('not-a-jwt')).toBe(
      'not a Twenty token for a workspace',
    );
    expect(await refusal(unsigned)).toBe('unsupported JWT algorithm "none"');
    expect(
      await refusal(
        sign(
          { sub: 'user', type: 'ACCESS', workspaceId: key.workspaceId },
          'x',
        ),
      ),
    ).toBe('not a Twenty API-key or application token');
  });

  // The seeded layout (Twenty 2.38) has no core."applicationAuthorization":
  // nothing to honour beyond the token itself.
  it('should accept an application token for a member on a database without consent records', async () => {
    const [row] = (await dataSource.query(
      `SELECT a."id" AS "applicationId", uw."userId", uw."id" AS "userWorkspaceId", t."roleId"
         FROM core."application" a
         JOIN core."userWorkspace" uw ON uw."workspaceId" = a."workspaceId"
         JOIN core."user" u ON u."id" = uw."userId" AND u."email" = 'alex.rivera@northwind.test'
         JOIN core."roleTarget" t ON t."userWorkspaceId" = uw."id"
        WHERE a."workspaceId" = $1 AND to_jsonb(a) ->> 'defaultRoleId' IS NULL
        LIMIT 1`,
      [DEMO_WORKSPACE.id],
    )) as {
      applicationId: string;
      userId: string;
      userWorkspaceId: string;
      roleId: string;
    }[];
    const token = mintApplicationToken({
      signer: { kind: 'workspaceSecret', appSecret: TEST_APP_SECRET },
      workspaceId: DEMO_WORKSPACE.id,
      applicationId: row.applicationId,
      user: { userId: row.userId, userWorkspaceId: row.userWorkspaceId },
    });

    await expect(sut.authenticate(token)).resolves.toMatchObject({
      workspaceId: DEMO_WORKSPACE.id,
      kind: 'twentyApplication',
      credentialId: `${row.applicationId}:${row.userWorkspaceId}`,
      roleId: row.roleId,
      applicationRoleId: null,
    });
  });
});
