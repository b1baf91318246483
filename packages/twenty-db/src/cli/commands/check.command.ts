import { type Command } from 'commander';

import { checkWorkspaceLayout } from '../../consistency/services/check-workspace-layout';
import { detectTwentyVersion } from '../../consistency/services/detect-twenty-version';
import { formatLayoutIssues } from '../../consistency/utils/format-layout-issues.util';
import { withClient } from '../../database/utils/with-client.util';

export const registerCheckCommand = (program: Command) =>
  program
    .command('check')
    .description(
      'Check that metadata and tables agree in every workspace (read-only; safe on a real Twenty database)',
    )
    .requiredOption(
      '--database-url <url>',
      'Twenty database',
      process.env.DATABASE_URL,
    )
    .option('--workspace <id>', 'only this workspace')
    .option('--strict-defaults', 'also compare column defaults')
    .action(
      async (options: {
        databaseUrl: string;
        workspace?: string;
        strictDefaults?: boolean;
      }) => {
        const failures = await withClient(
          options.databaseUrl,
          async (client) => {
            await client.query('BEGIN TRANSACTION READ ONLY');

            const version = await detectTwentyVersion(client);

            console.log(`Twenty version: ${version.description}`);

            const workspaces = await client.query<{
              id: string;
              displayName: string | null;
            }>(
              `SELECT "id", "displayName" FROM core."workspace"
            WHERE "activationStatus" = 'ACTIVE' AND ($1::uuid IS NULL OR "id" = $1)
            ORDER BY "createdAt"`,
              [options.workspace ?? null],
            );
            let count = 0;

            for (const workspace of workspaces.rows) {
              const issues = await checkWorkspaceLayout(client, workspace.id, {
                strictDefaults: options.strictDefaults,
              }).catch((error: unknown) => {
                // A core column this checker reads is missing: say which
                // version was assumed instead of dying on the SQL error.
                throw new Error(
                  `Cannot read the metadata of workspace ${workspace.id} (assumed Twenty version: ${version.description}): ${error instanceof Error ? error.message : String(error)}`,
                );
              });

              count += issues.length;
              console.log(
                `Workspace "${workspace.displayName ?? workspace.id}" (${workspace.id})`,
              );
              console.log(formatLayoutIssues(issues).replace(/^/gm, '  '));
            }

            await client.query('ROLLBACK');

            return count;
          },
        );

        process.exitCode = failures === 0 ? 0 : 1;
      },
    );
