import { type IndexAdvice, openIndexAdvisor } from '@twenty-mcp/twenty-mcp';

import { formatIndexAdviceTable } from './format-index-advice-table.util';
import { listIndexStatements } from './list-index-statements.util';
import { INDEX_USAGE, parseIndexArgs } from './parse-index-args.util';
import { type CommandIo } from './types/command-io.type';
import { withCommandDatabase } from './utils/with-command-database.util';
import { writeText } from './utils/write-text.util';

// `twenty-mcp-server indexes advise`: for the reads AI clients made, the
// indexes that would serve them (docs/index-advisor.md). It only reads;
// the statements are for the admin. Exit code: 0 done, 2 a usage or
// connection error.
export const runIndexesCommand = async (
  argv: readonly string[],
  { env, stdout, stderr }: CommandIo,
): Promise<number> => {
  const parsed = parseIndexArgs(argv);

  if ('error' in parsed) {
    await writeText(stderr, `${parsed.error}\n${INDEX_USAGE}\n`);

    return 2;
  }

  return withCommandDatabase(
    { env, stderr, usage: INDEX_USAGE },
    openIndexAdvisor,
    async ({ advisor }) => {
      const workspaceIds = parsed.workspaceId
        ? [parsed.workspaceId]
        : await advisor.listWorkspaceIds();
      const advice: [string, IndexAdvice[]][] = [];

      for (const workspaceId of workspaceIds) {
        advice.push([workspaceId, await advisor.advise(workspaceId)]);
      }

      if (parsed.format === 'sql') {
        const statements = listIndexStatements(
          advice.flatMap(([, items]) => items),
        );

        await writeText(
          stdout,
          statements.map((statement) => `${statement}\n`).join(''),
        );
      } else {
        await writeText(
          stdout,
          advice.length === 0
            ? 'No reads recorded yet: the advice follows what AI clients actually ask.\n'
            : advice
                .map(([workspaceId, items]) =>
                  formatIndexAdviceTable(workspaceId, items),
                )
                .join('\n'),
        );
      }

      return 0;
    },
  );
};
