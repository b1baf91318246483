import 'reflect-metadata';

import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  DEMO_SIGNING_KEYS,
  DEMO_WORKSPACE,
  deriveDemoSigningKey,
  findFreePort,
  listApiKeys,
  mintApiKeyToken,
} from '@twenty-mcp/twenty-db';
import {
  createTestDatabase,
  TEST_APP_SECRET,
  type TestDatabase,
} from '@twenty-mcp/twenty-db/testing';
import { Client } from 'pg';
import { type DataSource } from 'typeorm';

import { TwentyMcpExceptionCode } from '../../../src/domain/exceptions/twenty-mcp-exception-code.enum';
import { TwentyMcpAdminService } from '../../../src/settings/services/twenty-mcp-admin.service';
import { TwentyMcpModule } from '../../../src/twenty-mcp.module';
import { initializeRequest, postMcp } from '../../e2e/utils/post-mcp';
import { settingsGraphql } from '../../e2e/utils/settings-graphql';
import { createTestDataSource } from '../../utils/create-test-data-source';

type Started = {
  app: INestApplication;
  url: string;
  database: TestDatabase;
  dataSource: DataSource;
};

// The module on a clone of the demo database that `alter` first changes
// (a table or column dropped, as an older Twenty lacks it).
const startOn = async (
  alter: string,
  { appSecret = TEST_APP_SECRET }: { appSecret?: string } = {},
): Promise<Started> => {
  const database = await createTestDatabase();
  const client = new Client({ connectionString: database.url });

  await client.connect();
  await client.query(alter);
  await client.end();

  const dataSource = await createTestDataSource(database.url);
  const port = await findFreePort();
  const app = await NestFactory.create(
    TwentyMcpModule.forRoot({
      enabled: true,
      publicUrl: `http://127.0.0.1:${port}`,
      path: '/mcp',
      dataSource,
      appSecret,
      workspacesEnabledByDefault: true,
    }),
    { bodyParser: false, logger: false },
  );
  const started = {
    app,
    url: `http://127.0.0.1:${port}/mcp`,
    database,
    dataSource,
  };

  try {
    await app.listen(port, '127.0.0.1');
  } catch (error) {
    await stop(started);
    throw error;
  }

  return started;
};

const stop = async ({ app, dataSource, database }: Started) => {
  await app.close();
  await dataSource.destroy();
  await database.drop();
};

// The seeded admin key's token, HS256 or ES256 with the current signing key.
const adminKeyToken = async (databaseUrl: string) => {
  const pg = new Client({ connectionString: databaseUrl });

  await pg.connect();

  const key = (await listApiKeys(pg)).find(
    ({ name }) => name === 'MCP - admin',
  )!;

  await pg.end();

  return (signed: boolean) =>
    mintApiKeyToken({
      appSecret: TEST_APP_SECRET,
      workspaceId: DEMO_WORKSPACE.id,
      apiKeyId: key.id,
      signingKey: signed
        ? {
            kind: 'signingKey',
            ...deriveDemoSigningKey({
              appSecret: TEST_APP_SECRET,
              id: DEMO_SIGNING_KEYS.current.id,
            }),
          }
        : undefined,
    });
};

describe('Twenty layout detection at start-up', () => {
  it.each([
    [
      'a column the back-end reads',
      `ALTER TABLE core."fieldMetadata" DROP COLUMN "isUIEditable"`,
      'core."fieldMetadata"."isUIEditable"',
    ],
    [
      'a table the back-end reads',
      `DROP TABLE core."fieldPermission"`,
      'core."fieldPermission"',
    ],
  ])(
    'should refuse to start without %s, naming it',
    async (_, alter, missing) => {
      const failure = startOn(alter);

      await expect(failure).rejects.toMatchObject({
        code: TwentyMcpExceptionCode.INVALID_CONFIGURATION,
        message: expect.stringContaining(`Missing: ${missing}.`),
      });
      await expect(failure).rejects.toMatchObject({
        message: expect.stringContaining('(Twenty >= 2.13.0; found: '),
      });
    },
  );

  describe('on a Twenty from before 2.32 (no writability, no signing keys)', () => {
    let started: Started;

    beforeAll(async () => {
      started = await startOn(
        `DROP TABLE core."signingKey";
         ALTER TABLE core."fieldMetadata" DROP COLUMN "writability";
         ALTER TABLE core."objectMetadata" DROP COLUMN "writability";`,
      );
    });

    afterAll(() => stop(started));

    it('should report the inferred range and no signing keys', () => {
      expect(started.app.get(TwentyMcpAdminService).getTwentyLayout()).toEqual({
        recordedVersion: null,
        versionRange: { atLeast: '2.13.0', below: '2.32.0' },
        detectedVersion: '>= 2.13.0, < 2.32.0 (inferred from the core schema)',
        supportedRange: '>= 2.13.0',
        supported: true,
        missing: [],
        hasSigningKeys: false,
      });
    });

    it('should serve HS256 API keys and refuse ES256 ones', async () => {
      const token = await adminKeyToken(started.database.url);
      const status = async (bearer: string) =>
        (await postMcp(started.url, bearer, initializeRequest('layout')))
          .status;

      await expect(status(token(false))).resolves.toBe(200);
      await expect(status(token(true))).resolves.toBe(401);
    });
  });

  // Newest Twenty's .env calls APP_SECRET legacy: a new install has none
  // and signs every token ES256.
  describe('without an APP_SECRET', () => {
    it('should refuse to start on a Twenty without signing keys, naming APP_SECRET', async () => {
      await expect(
        startOn(`DROP TABLE core."signingKey"`, { appSecret: '' }),
      ).rejects.toMatchObject({
        code: TwentyMcpExceptionCode.INVALID_CONFIGURATION,
        message: expect.stringContaining('appSecret (APP_SECRET) is required'),
      });
    });

    it('should serve ES256 API keys and refuse HS256 ones and password sign-in', async () => {
      const started = await startOn('SELECT 1', { appSecret: '' });

      try {
        const token = await adminKeyToken(started.database.url);
        const status = async (bearer: string) =>
          (await postMcp(started.url, bearer, initializeRequest('layout')))
            .status;

        await expect(status(token(true))).resolves.toBe(200);
        await expect(status(token(false))).resolves.toBe(401);

        const signIn = await settingsGraphql(
          started.url,
          `mutation { signIn(input: { email: "alex.rivera@northwind.test", password: "x" }) { accessToken } }`,
        );

        expect(signIn.errors?.[0]).toMatchObject({
          message: expect.stringContaining(
            'Password sign-in is not available on this server',
          ),
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        });
      } finally {
        await stop(started);
      }
    });
  });
});
