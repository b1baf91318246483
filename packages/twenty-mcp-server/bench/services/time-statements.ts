import { performance } from 'node:perf_hooks';

import { Client } from 'pg';

import { type CapturedStatement } from '../types/captured-statement.type';

const MIN_ITERATIONS = 5;

// Runs captured statements, in order, from one pg connection in the bench
// process: `warmup` times unmeasured (plans cached, prepared statements
// prepared), then `iterations` timed sequences, fewer (at least 5) if they
// take longer than `budgetMs` (a seq scan of a million rows). Returns each
// sequence's time, milliseconds.
export const timeStatements = async ({
  databaseUrl,
  statements,
  warmup,
  iterations,
  budgetMs,
}: {
  databaseUrl: string;
  statements: CapturedStatement[];
  warmup: number;
  iterations: number;
  budgetMs: number;
}): Promise<number[]> => {
  const client = new Client({ connectionString: databaseUrl });
  const runAll = async () => {
    for (const statement of statements) {
      await client.query({
        text: statement.text,
        ...(statement.values ? { values: statement.values } : {}),
        ...(statement.name ? { name: statement.name } : {}),
        ...(statement.rowMode === 'array' ? { rowMode: 'array' as const } : {}),
      });
    }
  };

  await client.connect();

  try {
    const warmupStartedAt = performance.now();

    for (
      let index = 0;
      index < warmup && performance.now() - warmupStartedAt < budgetMs;
      index++
    ) {
      await runAll();
    }

    const times: number[] = [];
    const startedAt = performance.now();

    for (
      let index = 0;
      index < iterations &&
      (index < MIN_ITERATIONS || performance.now() - startedAt < budgetMs);
      index++
    ) {
      const startedAt = performance.now();

      await runAll();
      times.push(performance.now() - startedAt);
    }

    return times;
  } finally {
    await client.end();
  }
};
