import { type Command } from 'commander';

import { ensureEmbeddedDemo } from '../../embedded/services/ensure-embedded-demo';
import { formatTokenTable } from '../utils/format-token-table.util';
import { readTokens } from '../utils/read-tokens.util';

export const registerStartCommand = (program: Command) =>
  program
    .command('start')
    .description(
      'Run embedded PostgreSQL with the seeded demo database until stopped',
    )
    .option(
      '--port <port>',
      'PostgreSQL port',
      (value) => Number(value),
      Number(process.env.TWENTY_DB_PORT ?? 54329),
    )
    .option(
      '--data-dir <dir>',
      'cluster directory (default: TWENTY_MCP_DATA_DIR or the user data directory)',
    )
    .option('--reset', 'drop and re-seed the demo database')
    .action(
      async (options: { port: number; dataDir?: string; reset?: boolean }) => {
        const startedAt = Date.now();
        const demo = await ensureEmbeddedDemo({
          port: options.port,
          dataDir: options.dataDir,
          reset: options.reset,
          onProgress: (message) => console.log(`  ${message}…`),
        });
        const tokens = await readTokens(demo.databaseUrl, demo.appSecret);

        console.log(
          [
            '',
            `Twenty v2.38 database layout on embedded PostgreSQL (${demo.action} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
            `  DATABASE_URL  ${demo.databaseUrl}`,
            `  Data dir      ${demo.runtime.dataDir}`,
            `  Seed          ${demo.fixture.seed} (dates around ${demo.fixture.referenceDate.slice(0, 10)})`,
            '',
            "API keys (Twenty API-key JWTs, signed with this data dir's APP_SECRET):",
            formatTokenTable(tokens, { all: false }),
            '',
            'Press Ctrl+C to stop.',
          ].join('\n'),
        );

        await new Promise<void>((resolve) => {
          const stop = () => resolve();

          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        console.log('\nStopping PostgreSQL…');
        await demo.runtime.stop();
      },
    );
