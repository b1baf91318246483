import { generateKeyPairSync, randomUUID } from 'node:crypto';

import {
  DEMO_SIGNING_KEYS,
  DEMO_WORKSPACE,
  deriveDemoSigningKey,
  listApiKeys,
  mintAccessToken,
  mintApiKeyToken,
  type TwentyJwtSigner,
} from '@twenty-mcp/twenty-db';
import {
  demoEs256Tokens,
  TEST_APP_SECRET,
} from '@twenty-mcp/twenty-db/testing';
import { sign } from 'jsonwebtoken';

import { TwentyMcpAdminService } from '../../../src/settings/services/twenty-mcp-admin.service';
import { initializeRequest, postMcp } from '../utils/post-mcp';
import { settingsGraphql } from '../utils/settings-graphql';
import { callTool } from '../utils/tool-calls';
import { useTestApp } from '../utils/use-test-app';

const signerFor = (name: keyof typeof DEMO_SIGNING_KEYS) => ({
  kind: 'signingKey' as const,
  ...deriveDemoSigningKey({
    appSecret: TEST_APP_SECRET,
    id: DEMO_SIGNING_KEYS[name].id,
  }),
});

// Twenty >= 2.5 signs API keys and sessions ES256 with its rotating instance
// key (core."signingKey", the row id as `kid`); /mcp and the settings API
// accept those exactly as Twenty does, and still accept HS256.
describe('Twenty ES256 tokens', () => {
  const app = useTestApp({}, { name: 'signing-keys-e2e' });
  let es256: Record<string, string>;
  let readOnlyKey: { id: string; expiresAt: Date };

  const initializeStatus = async (token: string) =>
    (await postMcp(app.server.url, token, initializeRequest('signing-keys')))
      .status;
  const apiKeyToken = (
    signingKey: Extract<TwentyJwtSigner, { kind: 'signingKey' }>,
    apiKey = readOnlyKey,
  ) =>
    mintApiKeyToken({
      appSecret: TEST_APP_SECRET,
      workspaceId: DEMO_WORKSPACE.id,
      apiKeyId: apiKey.id,
      expiresAt: apiKey.expiresAt,
      signingKey,
    });

  beforeAll(async () => {
    es256 = await demoEs256Tokens(app.server.databaseUrl);
    readOnlyKey = (await listApiKeys(app.pg)).find(
      (key) => key.name === 'MCP - read-only',
    )!;
  });

  it('should serve tools to an API key signed with the current signing key', async () => {
    const client = await app.connect(es256['MCP - read-only']);
    const result = await callTool<{ objects: { name: string }[] }>(
      client,
      'list_objects',
      {},
    );

    expect(result.objects.map(({ name }) => name)).toContain('company');
  });

  it('should accept an API key signed with a rotated-out key that is not revoked', async () => {
    await expect(
      initializeStatus(apiKeyToken(signerFor('previous'))),
    ).resolves.toBe(200);
  });

  it('should still accept the HS256 token of the same key', async () => {
    await expect(initializeStatus(app.tokens['MCP - read-only'])).resolves.toBe(
      200,
    );
  });

  it('should refuse a token signed with a revoked signing key', async () => {
    await expect(
      initializeStatus(apiKeyToken(signerFor('revoked'))),
    ).resolves.toBe(401);
  });

  it('should refuse a kid that names no signing key', async () => {
    await expect(
      initializeStatus(
        apiKeyToken({ ...signerFor('current'), id: randomUUID() }),
      ),
    ).resolves.toBe(401);
  });

  it('should refuse a token signed by a foreign key under the current kid', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });

    await expect(
      initializeStatus(
        apiKeyToken({
          kind: 'signingKey',
          id: DEMO_SIGNING_KEYS.current.id,
          privateKey,
        }),
      ),
    ).resolves.toBe(401);
  });

  it('should refuse HS256 keyed with the public key under a kid (algorithm confusion)', async () => {
    const { publicKeyPem } = signerFor('current');
    const token = sign(
      {
        sub: DEMO_WORKSPACE.id,
        type: 'API_KEY',
        workspaceId: DEMO_WORKSPACE.id,
      },
      publicKeyPem,
      {
        algorithm: 'HS256',
        keyid: DEMO_SIGNING_KEYS.current.id,
        jwtid: readOnlyKey.id,
        expiresIn: 3600,
      },
    );

    await expect(initializeStatus(token)).resolves.toBe(401);
  });

  it('should refuse an unsigned token (alg none) carrying a valid kid', async () => {
    const encode = (part: object) =>
      Buffer.from(JSON.stringify(part)).toString('base64url');
    const token = `${encode({ alg: 'none', typ: 'JWT', kid: DEMO_SIGNING_KEYS.current.id })}.${encode(
      {
        sub: DEMO_WORKSPACE.id,
        type: 'API_KEY',
        workspaceId: DEMO_WORKSPACE.id,
        jti: readOnlyKey.id,
        exp: Math.floor(Date.now() / 1000) + 3600,
      },
    )}.`;

    await expect(initializeStatus(token)).resolves.toBe(401);
  });

  it('should refuse an ES256 token once its API key is revoked, or expired', async () => {
    const [revocable, expiring] = await Promise.all(
      ['ES256 revocable', 'ES256 expiring'].map(async (name) => {
        const {
          rows: [{ id }],
        } = await app.pg.query<{ id: string }>(
          `INSERT INTO core."apiKey" (name, "expiresAt", "workspaceId")
           VALUES ($1, now() + interval '1 day', $2) RETURNING id`,
          [name, DEMO_WORKSPACE.id],
        );

        await app.pg.query(
          `INSERT INTO core."roleTarget" ("workspaceId", "universalIdentifier", "applicationId", "roleId", "apiKeyId")
           SELECT "workspaceId", public.uuid_generate_v4(), "applicationId", "roleId", $1
             FROM core."roleTarget" WHERE "apiKeyId" = $2`,
          [id, readOnlyKey.id],
        );

        return apiKeyToken(signerFor('current'), {
          id,
          expiresAt: new Date(Date.now() + 86_400_000),
        });
      }),
    );

    await expect(initializeStatus(revocable)).resolves.toBe(200);
    await expect(initializeStatus(expiring)).resolves.toBe(200);

    await app.pg.query(
      `UPDATE core."apiKey" SET "revokedAt" = now() WHERE name = 'ES256 revocable';
       UPDATE core."apiKey" SET "expiresAt" = now() - interval '1 minute' WHERE name = 'ES256 expiring';`,
    );

    await expect(initializeStatus(revocable)).resolves.toBe(401);
    await expect(initializeStatus(expiring)).resolves.toBe(401);
  });

  it('should let a Twenty session signed ES256 into the settings API', async () => {
    const {
      rows: [user],
    } = await app.pg.query<{ userId: string; userWorkspaceId: string }>(
      `SELECT u."id" AS "userId", uw."id" AS "userWorkspaceId"
         FROM core."user" u JOIN core."userWorkspace" uw ON uw."userId" = u."id"
        WHERE u."email" = 'alex.rivera@northwind.test' AND uw."workspaceId" = $1`,
      [DEMO_WORKSPACE.id],
    );
    const viewer = (token: string) =>
      settingsGraphql<{ mcpViewer: { name: string } }>(
        app.server.url,
        '{ mcpViewer { name } }',
        {},
        token,
      );
    const session = (signer: TwentyJwtSigner) =>
      mintAccessToken({ signer, workspaceId: DEMO_WORKSPACE.id, ...user });

    await expect(viewer(session(signerFor('current')))).resolves.toEqual({
      data: { mcpViewer: { name: 'Alex Rivera' } },
    });
    await expect(
      viewer(session({ kind: 'workspaceSecret', appSecret: TEST_APP_SECRET })),
    ).resolves.toEqual({ data: { mcpViewer: { name: 'Alex Rivera' } } });

    const refused = await viewer(session(signerFor('revoked')));

    expect(refused.data).toBeFalsy();
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should report the seeded database as a supported Twenty with signing keys', () => {
    expect(app.server.app.get(TwentyMcpAdminService).getTwentyLayout()).toEqual(
      {
        recordedVersion: null,
        versionRange: { atLeast: '2.32.0', below: null },
        detectedVersion: '>= 2.32.0 (inferred from the core schema)',
        supportedRange: '>= 2.13.0',
        supported: true,
        missing: [],
        hasSigningKeys: true,
      },
    );
  });
});
