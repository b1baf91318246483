import { type Command } from 'commander';

import { redactDatabaseUrl } from '../../database/utils/parse-database-url.util';
import { ensureDemoDatabase } from '../../fixture/services/ensure-demo-database';
import { formatTokenTable } from '../utils/format-token-table.util';
import { readTokens } from '../utils/read-tokens.util';

const describeSource = (runtime: { dataDir: string } | null) =>
  runtime
    ? `embedded PostgreSQL in ${runtime.dataDir}`
    : 'the PostgreSQL server DATABASE_URL names';

export const registerStartCommand = (program: Command) =>
  program
    .command('start')
    .description(
      'Serve the demo database (embedded PostgreSQL, or DATABASE_URL) until stopped',
    )
    .option(
      '--database-url <url>',
      'use this server instead of embedded PostgreSQL',
      process.env.DATABASE_URL,
    )
    .option(
      '--port <port>',
      'embedded PostgreSQL port',
      (value) => Number(value),
      Number(process.env.TWENTY_DB_PORT ?? 54329),
    )
    .option(
      '--data-dir <dir>',
      'embedded cluster directory (default: TWENTY_MCP_DATA_DIR or the user data directory)',
    )
    .option('--reset', 'drop and re-seed the demo database')
    .action(
      async (options: {
        databaseUrl?: string;
        port: number;
        dataDir?: string;
        reset?: boolean;
      }) => {
        const startedAt = Date.now();
        const demo = await ensureDemoDatabase({
          databaseUrl: options.databaseUrl,
          port: options.port,
          dataDir: options.dataDir,
          reset: options.reset,
          onProgress: (message) => console.log(`  ${message}…`),
        });
        const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
        const tokens = demo.appSecret
          ? await readTokens(demo.databaseUrl, demo.appSecret)
          : [];

        console.log(
          [
            '',
            demo.action === 'external'
              ? `Using the Twenty database at ${redactDatabaseUrl(demo.databaseUrl)} as is (read-only)`
              : `Twenty v2.38 database layout on ${describeSource(demo.runtime)} (${demo.action} in ${seconds} s)`,
            `  DATABASE_URL  ${demo.runtime ? demo.databaseUrl : redactDatabaseUrl(demo.databaseUrl)}`,
            ...(demo.fixture
              ? [
                  `  Seed          ${demo.fixture.seed} (dates around ${demo.fixture.referenceDate.slice(0, 10)})`,
                ]
              : []),
            '',
            demo.appSecret
              ? `API keys (Twenty API-key JWTs):${formatTokenTable(tokens, { all: false })}`
              : "Set APP_SECRET to Twenty's secret to print API-key tokens.",
            '',
            demo.runtime ? 'Press Ctrl+C to stop.' : '',
          ].join('\n'),
        );

        if (!demo.runtime) {
          return;
        }

        await new Promise<void>((resolve) => {
          process.once('SIGINT', () => resolve());
          process.once('SIGTERM', () => resolve());
        });
        console.log('\nStopping PostgreSQL…');
        await demo.runtime.stop();
      },
    );
