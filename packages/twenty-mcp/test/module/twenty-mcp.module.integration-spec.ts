import 'reflect-metadata';

import { type INestApplication, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { findFreePort } from '@twenty-mcp/twenty-db';
import {
  createTestDatabase,
  TEST_APP_SECRET,
  type TestDatabase,
  demoTokens,
} from '@twenty-mcp/twenty-db/testing';
import { type DataSource } from 'typeorm';

import { TwentyMcpExceptionCode } from '../../src/domain/exceptions/twenty-mcp-exception-code.enum';
import { PostgresRecordsAdapter } from '../../src/backends/postgres/records/services/postgres-records.adapter';
import { PostgresAuthAdapter } from '../../src/backends/postgres/services/postgres-auth.adapter';
import { TwentyApplicationTokens } from '../../src/backends/postgres/services/twenty-application-tokens.service';
import { PostgresMetadataAdapter } from '../../src/backends/postgres/services/postgres-metadata.adapter';
import { PostgresSettingsAuthAdapter } from '../../src/backends/postgres/services/postgres-settings-auth.adapter';
import { WorkspaceSigningKeys } from '../../src/backends/postgres/services/workspace-signing-keys.service';
import { resolveTwentyMcpConfig } from '../../src/config/utils/resolve-twenty-mcp-config.util';
import { AUTH_PORT, type AuthPort } from '../../src/ports/auth.port';
import { METADATA_PORT } from '../../src/ports/metadata.port';
import { RECORDS_BACKEND_PORT } from '../../src/ports/records-backend.port';
import { SETTINGS_AUTH_PORT } from '../../src/ports/settings-auth.port';
import { McpHttpHandler } from '../../src/protocol/services/mcp-http-handler.service';
import { TwentyMcpAdminService } from '../../src/settings/services/twenty-mcp-admin.service';
import { TwentyMcpModule } from '../../src/twenty-mcp.module';
import { createTestDataSource } from '../utils/create-test-data-source';

const CORE_DATA_SOURCE = Symbol('CORE_DATA_SOURCE');

// What a host like twenty-server has: its own config and data source
// providers, handed to the module through forRootAsync.
@Injectable()
class HostConfig {
  readonly mcpEnabled = true;
}

// How the module is wired inside a Nest application: options from the
// host's providers, only the admin service exported, the endpoint mounted
// at the configured path, and the back-end ports swappable.
describe(TwentyMcpModule.name, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createTestDataSource(database.url);
    tokens = await demoTokens(database.url);
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const boot = async (
    module: ReturnType<typeof TwentyMcpModule.forRoot>,
  ): Promise<{ app: INestApplication; baseUrl: string }> => {
    @Module({
      providers: [{ provide: CORE_DATA_SOURCE, useValue: dataSource }],
      exports: [CORE_DATA_SOURCE],
    })
    class HostDataModule {}

    const moduleRef = await Test.createTestingModule({
      imports: [HostDataModule, module],
    }).compile();
    const app = moduleRef.createNestApplication({ bodyParser: false });
    const port = await findFreePort();

    await app.listen(port, '127.0.0.1');

    return { app, baseUrl: `http://127.0.0.1:${port}` };
  };

  const initialize = (url: string, token: string) =>
    fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-11-25',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: {
          protocolVersion: '2025-11-25',
          capabilities: {},
          clientInfo: { name: 'wiring-test', version: '1.0.0' },
        },
      }),
    });

  it('should take its options from the host through forRootAsync and serve at the default path', async () => {
    const { app, baseUrl } = await boot(
      TwentyMcpModule.forRootAsync({
        imports: [
          {
            module: class HostConfigModule {},
            providers: [
              HostConfig,
              { provide: CORE_DATA_SOURCE, useValue: dataSource },
            ],
            exports: [HostConfig, CORE_DATA_SOURCE],
          },
        ],
        inject: [HostConfig, CORE_DATA_SOURCE],
        useFactory: (config: HostConfig, source: DataSource) => ({
          enabled: config.mcpEnabled,
          publicUrl: 'http://127.0.0.1',
          dataSource: source,
          appSecret: TEST_APP_SECRET,
          allowedHosts: ['127.0.0.1'],
        }),
      }),
    );

    try {
      await app.get(TwentyMcpAdminService).enableUnconfiguredWorkspaces();

      // Inside twenty-server /mcp is Twenty's own endpoint: not ours.
      expect(
        (await initialize(`${baseUrl}/mcp`, tokens['MCP - admin'])).status,
      ).toBe(404);

      const response = await initialize(
        `${baseUrl}/twenty-mcp`,
        tokens['MCP - admin'],
      );

      expect(response.status).toBe(200);
      expect(
        ((await response.json()) as { result: { serverInfo: unknown } }).result
          .serverInfo,
      ).toBeDefined();

      // RFC 9728 §3.1: metadata at the path-suffixed well-known URL only;
      // the root one is Twenty's.
      const metadata = await fetch(
        `${baseUrl}/.well-known/oauth-protected-resource/twenty-mcp`,
      );

      expect(metadata.status).toBe(200);
      expect(((await metadata.json()) as { resource: string }).resource).toBe(
        'http://127.0.0.1/twenty-mcp',
      );
      expect(
        (await fetch(`${baseUrl}/.well-known/oauth-protected-resource`)).status,
      ).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('should export only the admin service to its host', async () => {
    const { app } = await boot(
      TwentyMcpModule.forRoot({
        enabled: true,
        publicUrl: 'http://127.0.0.1',
        dataSource,
        appSecret: TEST_APP_SECRET,
      }),
    );

    try {
      expect(app.get(TwentyMcpAdminService)).toBeInstanceOf(
        TwentyMcpAdminService,
      );
      // Internals are reachable only by reaching past the module's exports.
      expect(() => app.get(McpHttpHandler, { strict: true })).toThrow();
      expect(() => app.get(AUTH_PORT, { strict: true })).toThrow();
    } finally {
      await app.close();
    }
  });

  it('should refuse a configuration that cannot work at start-up, naming the option', async () => {
    await expect(
      Test.createTestingModule({
        imports: [
          TwentyMcpModule.forRoot({
            enabled: true,
            publicUrl: 'not a url',
            dataSource,
            appSecret: TEST_APP_SECRET,
          }),
        ],
      }).compile(),
    ).rejects.toMatchObject({
      code: TwentyMcpExceptionCode.INVALID_CONFIGURATION,
      message: expect.stringContaining('publicUrl'),
    });

    await expect(
      Test.createTestingModule({
        imports: [
          TwentyMcpModule.forRoot({
            enabled: true,
            publicUrl: 'http://127.0.0.1',
            dataSource,
            appSecret: TEST_APP_SECRET,
            twentyServerUrl: 'twenty.example.com',
          }),
        ],
      }).compile(),
    ).rejects.toMatchObject({
      code: TwentyMcpExceptionCode.INVALID_CONFIGURATION,
      message: expect.stringContaining('twentyServerUrl'),
    });
  });

  it('should run on another back-end module that exports the ports', async () => {
    const options = {
      enabled: true,
      publicUrl: 'http://127.0.0.1',
      path: '/mcp',
      dataSource,
      appSecret: TEST_APP_SECRET,
      allowedHosts: ['127.0.0.1'],
    };
    const config = resolveTwentyMcpConfig(options);
    const keys = new WorkspaceSigningKeys(config);
    const auth = new PostgresAuthAdapter(
      config,
      keys,
      new TwentyApplicationTokens(config, keys),
    );
    const authenticated: string[] = [];
    // A stand-in for a back-end on Twenty's own services: it provides the
    // four ports, here the Postgres ones with authentication observed.
    const observedAuth: AuthPort = {
      authenticate: (token) => {
        authenticated.push(token);

        return auth.authenticate(token);
      },
      isWorkspaceActive: (workspaceId) => auth.isWorkspaceActive(workspaceId),
      findWorkspaceUser: (query) => auth.findWorkspaceUser(query),
    };
    const ports = [
      AUTH_PORT,
      METADATA_PORT,
      RECORDS_BACKEND_PORT,
      SETTINGS_AUTH_PORT,
    ];

    @Module({
      providers: [
        { provide: AUTH_PORT, useValue: observedAuth },
        {
          provide: METADATA_PORT,
          useValue: new PostgresMetadataAdapter(config),
        },
        {
          provide: RECORDS_BACKEND_PORT,
          useValue: new PostgresRecordsAdapter(config),
        },
        {
          provide: SETTINGS_AUTH_PORT,
          useValue: new PostgresSettingsAuthAdapter(config, keys, auth),
        },
      ],
      exports: ports,
    })
    class StandInBackendModule {}

    const { app, baseUrl } = await boot(
      TwentyMcpModule.forRoot({
        ...options,
        backend: { module: StandInBackendModule },
      }),
    );

    try {
      await app.get(TwentyMcpAdminService).enableUnconfiguredWorkspaces();

      const response = await initialize(
        `${baseUrl}/mcp`,
        tokens['MCP - admin'],
      );

      expect(response.status).toBe(200);
      expect(authenticated).toEqual([tokens['MCP - admin']]);
    } finally {
      await app.close();
    }
  });
});
