import { type Writable } from 'node:stream';

import { type IndexAdvice, openIndexAdvisor } from '@twenty-mcp/twenty-mcp';
import { DataSource } from 'typeorm';

import { formatIndexAdviceTable } from './format-index-advice-table.util';
import { listIndexStatements } from './list-index-statements.util';
import { INDEX_USAGE, parseIndexArgs } from './parse-index-args.util';

type IndexesIo = {
  env: NodeJS.ProcessEnv;
  stdout: Writable;
  stderr: Writable;
};

const write = (stream: Writable, text: string) =>
  new Promise<void>((resolve, reject) =>
    stream.write(text, (error) => (error ? reject(error) : resolve())),
  );

// `twenty-mcp-server indexes advise`: for the reads AI clients made, the
// indexes that would serve them (docs/index-advisor.md). It only reads;
// the statements are for the admin. Exit code: 0 done, 2 a usage or
// connection error.
export const runIndexesCommand = async (
  argv: readonly string[],
  { env, stdout, stderr }: IndexesIo,
): Promise<number> => {
  const parsed = parseIndexArgs(argv);

  if ('error' in parsed) {
    await write(stderr, `${parsed.error}\n${INDEX_USAGE}\n`);

    return 2;
  }

  if (!env.DATABASE_URL) {
    await write(
      stderr,
      `Set DATABASE_URL to the database the server uses.\n${INDEX_USAGE}\n`,
    );

    return 2;
  }

  const dataSource = new DataSource({
    type: 'postgres',
    url: env.DATABASE_URL,
    poolSize: 2,
  });
  let opened: Awaited<ReturnType<typeof openIndexAdvisor>>;

  try {
    await dataSource.initialize();
    opened = await openIndexAdvisor(dataSource);
  } catch (error) {
    await write(
      stderr,
      `Cannot open the database: ${error instanceof Error ? error.message : String(error)}\n`,
    );

    if (dataSource.isInitialized) {
      await dataSource.destroy();
    }

    return 2;
  }

  const { advisor, close } = opened;

  try {
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

      await write(
        stdout,
        statements.map((statement) => `${statement}\n`).join(''),
      );
    } else {
      await write(
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
  } finally {
    await close();
    await dataSource.destroy();
  }
};
