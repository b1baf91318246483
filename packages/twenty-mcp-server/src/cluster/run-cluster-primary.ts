import cluster, { type Worker } from 'node:cluster';

import { type Logger } from 'pino';

import { type ServerConfig } from '../config/server-config.type';
import { openServerDatabase } from '../start-server';
import { describeServerDatabase } from './describe-server-database.util';
import { CLUSTER_WORKER_ENV } from './cluster-worker-env.const';

// A worker that dies is replaced after this pause, so a worker failing on
// every start does not spin the CPU.
const RESTART_DELAY_MS = 1_000;

// MCP_WORKERS > 1: this process opens the database once (starting the
// embedded PostgreSQL or seeding where asked), then starts the workers one
// after another (their start-up writes, such as migrations, never race),
// each serving the same port through node:cluster. It replaces a worker
// that dies, and on SIGINT/SIGTERM stops them all before PostgreSQL.
export const runClusterPrimary = async (
  config: ServerConfig & { workers: number },
  {
    logger,
    onProgress,
  }: { logger: Logger; onProgress: (message: string) => void },
): Promise<void> => {
  const database = await openServerDatabase(config, onProgress);
  const env: Record<string, string> = {
    DATABASE_URL: database.databaseUrl,
    [CLUSTER_WORKER_ENV.database]: describeServerDatabase(database),
  };

  if (config.appSecret === null && database.appSecret) {
    env.APP_SECRET = database.appSecret;
  }

  const workers = new Map<number, Worker>();
  let stopping = false;

  const fork = (index: number): Worker => {
    const worker = cluster.fork({
      ...env,
      [CLUSTER_WORKER_ENV.index]: String(index),
    });

    workers.set(index, worker);
    worker.on('exit', (code, signal) => {
      if (stopping || workers.get(index) !== worker) {
        return;
      }

      logger.error(
        {
          context: 'Cluster',
          worker: index,
          pid: worker.process.pid,
          code,
          signal,
        },
        `worker ${index} exited; starting another`,
      );
      setTimeout(() => {
        if (!stopping) {
          fork(index);
        }
      }, RESTART_DELAY_MS).unref();
    });

    return worker;
  };

  const listening = (worker: Worker, index: number) =>
    new Promise<void>((resolve, reject) => {
      worker.once('listening', () => resolve());
      worker.once('exit', (code) =>
        reject(
          new Error(
            `worker ${index} exited (code ${code}) before it was serving; its log says why`,
          ),
        ),
      );
    });

  const stop = async (exitCode: number) => {
    if (stopping) {
      return;
    }

    stopping = true;
    console.log('\nStopping…');

    const exits = [...workers.values()]
      .filter((worker) => !worker.isDead())
      .map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      );

    await Promise.all(exits);
    await database.runtime?.stop();
    process.exit(exitCode);
  };

  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    for (let index = 1; index <= config.workers; index++) {
      await listening(fork(index), index);
    }
  } catch (error) {
    logger.fatal(
      { context: 'Cluster' },
      error instanceof Error ? error.message : String(error),
    );
    await stop(1);

    return;
  }

  logger.info(
    {
      context: 'Cluster',
      workers: [...workers.values()].map((worker) => worker.process.pid),
    },
    `${config.workers} workers serving ${config.host}:${config.port}`,
  );
};
