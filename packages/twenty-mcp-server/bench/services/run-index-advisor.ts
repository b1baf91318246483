import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { type Client } from 'pg';

const CREATE_INDEX = /^CREATE INDEX CONCURRENTLY IF NOT EXISTS .+;$/;

export type AdvisorOutcome = {
  available: boolean;
  note: string;
  statements: string[];
};

// The index advisor of the host (`indexes advise --format sql`: one
// CREATE INDEX CONCURRENTLY IF NOT EXISTS statement per line, for the query
// shapes the server recorded). Without the command in the built host,
// says so instead: a host without it would start serving rather than fail.
export const runIndexAdvisor = async ({
  hostScript,
  databaseUrl,
}: {
  hostScript: string;
  databaseUrl: string;
}): Promise<AdvisorOutcome> => {
  if (!readFileSync(hostScript, 'utf8').includes("'indexes'")) {
    return {
      available: false,
      note: 'advisor unavailable: the built host has no `indexes advise` command.',
      statements: [],
    };
  }

  const output = await new Promise<{
    code: number;
    stdout: string;
    stderr: string;
  }>((resolve) =>
    execFile(
      process.execPath,
      [hostScript, 'indexes', 'advise', '--format', 'sql'],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
        timeout: 300_000,
        maxBuffer: 16 * 2 ** 20,
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number(error.code ?? 1) || 1 : 0,
          stdout,
          stderr,
        }),
    ),
  );

  if (output.code !== 0) {
    return {
      available: false,
      note: `advisor unavailable: \`indexes advise\` exited with ${output.code}: ${output.stderr.trim().slice(-500)}`,
      statements: [],
    };
  }

  const statements = output.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => CREATE_INDEX.test(line));

  return {
    available: true,
    note: `The advisor proposed ${statements.length} index${statements.length === 1 ? '' : 'es'}; applied, then ANALYZE.`,
    statements,
  };
};

// Applies the advisor's statements as an admin would, one by one (CREATE
// INDEX CONCURRENTLY refuses a transaction block).
export const applyAdvisorStatements = async (
  pg: Client,
  statements: string[],
): Promise<void> => {
  for (const statement of statements) {
    await pg.query(statement);
  }

  await pg.query('ANALYZE');
};
