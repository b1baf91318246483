import { type Command } from 'commander';

import { formatTokenTable } from '../utils/format-token-table.util';
import { readTokens } from '../utils/read-tokens.util';

export const registerTokensCommand = (program: Command) =>
  program
    .command('tokens')
    .description(
      'Print an API-key JWT for every API key of a Twenty database (read-only)',
    )
    .requiredOption(
      '--database-url <url>',
      'Twenty database',
      process.env.DATABASE_URL,
    )
    .requiredOption(
      '--app-secret <secret>',
      "Twenty's APP_SECRET",
      process.env.APP_SECRET,
    )
    .option('--all', 'include revoked, expired and role-less keys')
    .option('--json', 'print JSON')
    .action(
      async (options: {
        databaseUrl: string;
        appSecret: string;
        all?: boolean;
        json?: boolean;
      }) => {
        const tokens = await readTokens(options.databaseUrl, options.appSecret);

        console.log(
          options.json
            ? JSON.stringify(tokens, null, 2)
            : formatTokenTable(tokens, { all: options.all ?? false }),
        );
      },
    );
