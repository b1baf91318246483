import 'reflect-metadata';

import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type DemoDatabase, ensureDemoDatabase } from '@twenty-mcp/twenty-db';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import { type ServerConfig } from './config/server-config.type';
import { TwentyMcpAdminService } from '@twenty-mcp/twenty-mcp';
import { configureHttpServer } from './http/configure-http-server.util';
import { ServerModule, type ServerLogging } from './server.module';

export type RunningServer = {
  app: INestApplication;
  url: string;
  database: DemoDatabase;
  dataSource: DataSource;
  stop: () => Promise<void>;
};

// Said when the database DATABASE_URL names is not one the host may use
// as is: it never creates or seeds one nobody asked for.
const CREATE_DEMO_HINT =
  'Point DATABASE_URL at your Twenty database, or set MCP_CREATE_DEMO_DATABASE=true to have a demo database created and seeded there.';

// The database the host serves: the embedded demo unless DATABASE_URL,
// created and seeded only where asked. In cluster mode the primary opens it
// once and its workers reach it by URL.
export const openServerDatabase = (
  config: ServerConfig,
  onProgress?: (message: string) => void,
): Promise<DemoDatabase> =>
  ensureDemoDatabase({
    databaseUrl: config.databaseUrl ?? undefined,
    createDatabase: config.createDemoDatabase ?? false,
    refusalHint: CREATE_DEMO_HINT,
    ...(config.embeddedPostgresPort === undefined
      ? {}
      : { port: config.embeddedPostgresPort }),
    onProgress,
  });

// Starts the host: the database first (embedded demo unless DATABASE_URL),
// then the module on it. Used by main.ts and by the end-to-end tests.
// `logging`: JSON logs through pino at that level; null (tests' default):
// no logs at all.
export const startServer = async (
  config: ServerConfig,
  {
    onProgress,
    logging = null,
  }: {
    onProgress?: (message: string) => void;
    logging?: ServerLogging | null;
  } = {},
): Promise<RunningServer> => {
  const database = await openServerDatabase(config, onProgress);
  // Beside a Twenty without APP_SECRET (newest Twenty's .env calls it
  // legacy), only ES256 tokens verify; the module refuses to start if the
  // database has no signing keys either.
  const appSecret = config.appSecret ?? database.appSecret;

  const dataSource = new DataSource({
    type: 'postgres',
    url: database.databaseUrl,
    poolSize: 10,
  });

  await dataSource.initialize();

  const app = await NestFactory.create<NestExpressApplication>(
    ServerModule.register(
      {
        enabled: config.enabled ?? true,
        workspacesEnabledByDefault: config.workspacesEnabledByDefault,
        authFailureLimit: config.authFailureLimit,
        redisUrl: config.redisUrl,
        publicUrl: config.publicUrl,
        path: config.path,
        // The host serves one resource: its metadata at the root well-known
        // URL too, for clients that probe there first.
        serveRootResourceMetadata: true,
        dataSource,
        appSecret: appSecret ?? undefined,
        toolMode: config.toolMode,
        allowedHosts: config.allowedHosts,
        allowedOrigins: config.allowedOrigins,
        listChangedPollIntervalMs: config.listChangedPollIntervalMs,
        metadataRecheckMs: config.metadataRecheckMs,
        oauth: config.oauth,
        twentyServerUrl: config.twentyServerUrl,
        settingsAllowedOrigins: config.settingsAllowedOrigins,
        settingsMaxBodyBytes: config.settingsMaxBodyBytes,
        limits: config.limits,
        confirmations: config.confirmations,
      },
      logging,
    ),
    // The MCP handler reads its own body: malformed JSON must get a
    // JSON-RPC parse error, not a framework 400. Logs wait for pino.
    logging
      ? { bodyParser: false, bufferLogs: true }
      : { bodyParser: false, logger: false },
  );

  if (logging) {
    app.useLogger(app.get(PinoNestLogger));
  }

  // Client addresses behind nginx or Docker's NAT: the failed-auth limiter
  // and the logs key on req.ip, which honours this.
  app.set('trust proxy', config.trustProxy ?? false);

  await app.init();

  // A database twenty-db seeded is a demo: its workspaces serve MCP and
  // its custom objects are exposed from the first start.
  if (database.fixture) {
    await app.get(TwentyMcpAdminService).enableUnconfiguredWorkspaces();
  }

  configureHttpServer(app.getHttpServer(), config.keepAliveTimeoutMs);

  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    // A taken port: nothing started may outlive the failed start (the pool
    // and an embedded PostgreSQL would keep the process alive).
    await app.close();
    await dataSource.destroy();
    await database.runtime?.stop();
    throw error;
  }

  const url = new URL(config.path, config.publicUrl).href;

  return {
    app,
    url,
    database,
    dataSource,
    stop: async () => {
      await app.close();
      await dataSource.destroy();
      await database.runtime?.stop();
    },
  };
};
