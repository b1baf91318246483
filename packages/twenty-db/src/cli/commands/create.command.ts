import { type Command } from 'commander';

import { withClient } from '../../database/utils/with-client.util';
import { redactDatabaseUrl } from '../../database/utils/parse-database-url.util';
import { createFixtureDatabase } from '../../fixture/services/create-fixture-database';
import { seedDemoDatabase } from '../../seed/demo/services/seed-demo-database';

export const registerCreateCommand = (program: Command) =>
  program
    .command('create')
    .description(
      "Create a NEW database with Twenty's layout and seed the demo and second workspaces",
    )
    .requiredOption(
      '--database-url <url>',
      'database to create (must not exist)',
      process.env.DATABASE_URL,
    )
    .option('--seed <n>', 'random seed', (value) => Number(value), 42)
    .option(
      '--reference-date <yyyy-mm-dd>',
      'day the seeded dates are spread around (default: today)',
    )
    .option('--force', 'replace the database if twenty-db created it before')
    .action(
      async (options: {
        databaseUrl: string;
        seed: number;
        referenceDate?: string;
        force?: boolean;
      }) => {
        await createFixtureDatabase(options.databaseUrl, {
          force: options.force,
        });
        await withClient(options.databaseUrl, (client) =>
          seedDemoDatabase(client, {
            seed: options.seed,
            referenceDate: options.referenceDate
              ? new Date(`${options.referenceDate}T00:00:00Z`)
              : undefined,
            onProgress: (message) => console.log(`  ${message}…`),
          }),
        );
        console.log(`Created ${redactDatabaseUrl(options.databaseUrl)}`);
      },
    );
