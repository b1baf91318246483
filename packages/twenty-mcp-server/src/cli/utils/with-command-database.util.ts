import { DataSource } from 'typeorm';

import { type CommandIo } from '../types/command-io.type';
import { writeText } from './write-text.util';

// A command's database: the one DATABASE_URL names, on a small pool, with
// what `open` builds on it, closed again after `run`. A missing URL or a
// database that cannot be opened is said on stderr with exit code 2.
export const withCommandDatabase = async <
  Opened extends { close: () => Promise<void> },
>(
  { env, stderr, usage }: Pick<CommandIo, 'env' | 'stderr'> & { usage: string },
  open: (dataSource: DataSource) => Promise<Opened>,
  run: (opened: Opened) => Promise<number>,
): Promise<number> => {
  if (!env.DATABASE_URL) {
    await writeText(
      stderr,
      `Set DATABASE_URL to the database the server uses.\n${usage}\n`,
    );

    return 2;
  }

  const dataSource = new DataSource({
    type: 'postgres',
    url: env.DATABASE_URL,
    poolSize: 2,
  });
  let opened: Opened;

  try {
    await dataSource.initialize();
    opened = await open(dataSource);
  } catch (error) {
    await writeText(
      stderr,
      `Cannot open the database: ${error instanceof Error ? error.message : String(error)}\n`,
    );

    if (dataSource.isInitialized) {
      await dataSource.destroy();
    }

    return 2;
  }

  try {
    return await run(opened);
  } finally {
    await opened.close();
    await dataSource.destroy();
  }
};
