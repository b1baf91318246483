#!/usr/bin/env node
import cluster from 'node:cluster';

import {
  DEMO_USER_PASSWORD,
  listApiKeys,
  mintListedTokens,
} from '@twenty-mcp/twenty-db';
import {
  buildClientConfigs,
  TwentyMcpAdminService,
} from '@twenty-mcp/twenty-mcp';
import { Client } from 'pg';
import { pino } from 'pino';

import { formatStartupBanner } from './banner/format-startup-banner.util';
import { describeRecordEvents } from './banner/utils/describe-record-events.util';
import { describeTwentyLayout } from './banner/utils/describe-twenty-layout.util';
import { findUnknownVariables } from './config/find-unknown-variables.util';
import { readServerConfig } from './config/read-server-config.util';
import { runAuditCommand } from './cli/run-audit-command';
import { runIndexesCommand } from './cli/run-indexes-command';
import { CLUSTER_WORKER_ENV } from './cluster/cluster-worker-env.const';
import { describeServerDatabase } from './cluster/describe-server-database.util';
import { runClusterPrimary } from './cluster/run-cluster-primary';
import { type RunningServer, startServer } from './start-server';

const demoTokens = async (server: RunningServer) => {
  const client = new Client({ connectionString: server.database.databaseUrl });

  await client.connect();

  try {
    return mintListedTokens({
      apiKeys: await listApiKeys(client),
      appSecret: server.database.appSecret!,
      secretTypes: server.database.fixture?.apiKeySecretTypes,
    }).filter((token) => token.status === 'active' && token.token);
  } finally {
    await client.end();
  }
};

// What each tool surface's tools/list costs a model's context.
const measureToolTokens = async (server: RunningServer, token: string) => {
  const surfaces = await server.app
    .get(TwentyMcpAdminService)
    .measureToolSurfaces(token);

  return {
    compact: surfaces.compact.tokens,
    'per-object': surfaces['per-object'].tokens,
  };
};

const bootstrap = async () => {
  const config = readServerConfig(process.env);
  const level = config.logLevel ?? 'info';
  const startupLogger = pino({
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
  });

  // A typo in a variable name silently leaves a setting at its default:
  // said before start-up, which that setting may make fail.
  for (const warning of findUnknownVariables(process.env)) {
    startupLogger.warn({ context: 'Config' }, warning);
  }

  const onProgress = (message: string) => console.log(`  ${message}…`);
  const workers = config.workers ?? 1;

  if (cluster.isPrimary && workers > 1) {
    await runClusterPrimary(
      { ...config, workers },
      { logger: startupLogger, onProgress },
    );

    return;
  }

  // In cluster mode the primary opened the database and said so; worker 1
  // prints the banner, the others only serve.
  const workerIndex = cluster.isWorker
    ? Number(process.env[CLUSTER_WORKER_ENV.index])
    : null;
  const server = await startServer(config, {
    ...(workerIndex === null ? { onProgress } : {}),
    logging: { level },
  });
  const stop = async () => {
    if (workerIndex === null) {
      console.log('\nStopping…');
    }

    await server.stop();
    process.exit(0);
  };

  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  if (workerIndex !== null && workerIndex !== 1) {
    return;
  }

  // Demo keys are printed only for a database twenty-db created: for a real
  // Twenty database they would be working credentials in a log.
  const tokens = server.database.fixture ? await demoTokens(server) : [];
  const configToken = tokens[0]?.token ?? '<your Twenty API key>';
  const admin = server.app.get(TwentyMcpAdminService);
  const layout = admin.getTwentyLayout();

  console.log(
    formatStartupBanner({
      url: server.url,
      settingsUrl: new URL('/settings/mcp', config.publicUrl).href,
      instanceEnabled: config.enabled ?? true,
      // Users who may manage MCP access: Admin (all settings) and Developer
      // (the API keys permission).
      demoSignIn: server.database.fixture
        ? {
            emails: [
              'alex.rivera@northwind.test',
              'priya.patel@northwind.test',
            ],
            password: DEMO_USER_PASSWORD,
          }
        : null,
      database:
        process.env[CLUSTER_WORKER_ENV.database] ??
        describeServerDatabase(server.database),
      workers,
      twenty: layout
        ? describeTwentyLayout(layout, {
            hasAppSecret: Boolean(
              config.appSecret ?? server.database.appSecret,
            ),
          })
        : null,
      events: describeRecordEvents(admin.getRecordEventsStatus()),
      toolMode: config.toolMode,
      toolTokens:
        tokens[0] && (config.enabled ?? true)
          ? await measureToolTokens(server, tokens[0].token!)
          : null,
      keys: tokens.map((token) => ({
        workspace: token.workspaceName,
        name: token.name,
        role: token.roleLabel ?? '-',
        token: token.token!,
      })),
      configs: buildClientConfigs({ url: server.url, token: configToken }),
    }),
  );
};

const commandIo = {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
};

// `audit verify|export` (docs/audit-trail.md), `indexes advise`
// (docs/index-advisor.md), else the server.
const run =
  process.argv[2] === 'audit'
    ? runAuditCommand(process.argv.slice(3), commandIo).then((code) =>
        process.exit(code),
      )
    : process.argv[2] === 'indexes'
      ? runIndexesCommand(process.argv.slice(3), commandIo).then((code) =>
          process.exit(code),
        )
      : bootstrap();

run.catch((error: unknown) => {
  console.error(
    `twenty-mcp-server: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
