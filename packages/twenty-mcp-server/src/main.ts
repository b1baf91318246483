#!/usr/bin/env node
import { listApiKeys, mintListedTokens } from '@twenty-mcp/twenty-db';
import { Client } from 'pg';

import { buildClientConfigs } from './banner/build-client-configs.util';
import { formatStartupBanner } from './banner/format-startup-banner.util';
import { readServerConfig } from './config/read-server-config.util';
import { startServer } from './start-server';

const bootstrap = async () => {
  const config = readServerConfig(process.env);
  const server = await startServer(config, {
    onProgress: (message) => console.log(`  ${message}…`),
    logger: undefined,
  });
  const client = new Client({ connectionString: server.database.databaseUrl });

  await client.connect();

  const tokens = server.database.appSecret
    ? mintListedTokens({
        apiKeys: await listApiKeys(client),
        appSecret: server.database.appSecret,
        secretTypes: server.database.fixture?.apiKeySecretTypes,
      }).filter((token) => token.status === 'active' && token.token)
    : [];

  await client.end();

  console.log(
    formatStartupBanner({
      url: server.url,
      database: server.database.runtime
        ? `embedded PostgreSQL in ${server.database.runtime.dataDir}`
        : 'DATABASE_URL',
      toolMode: config.toolMode,
      toolTokens: null,
      keys: tokens.map((token) => ({
        workspace: token.workspaceName,
        name: token.name,
        role: token.roleLabel ?? '-',
        token: token.token!,
      })),
      configs: tokens[0]
        ? buildClientConfigs({ url: server.url, token: tokens[0].token! })
        : [],
    }),
  );

  const stop = async () => {
    console.log('\nStopping…');
    await server.stop();
    process.exit(0);
  };

  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
};

bootstrap().catch((error: unknown) => {
  console.error(
    `twenty-mcp-server: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
