import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';

import { findFreePort } from '@twenty-mcp/twenty-db';
import {
  TEST_APP_SECRET,
  TEST_DATABASE_ENV,
} from '@twenty-mcp/twenty-db/testing';
import { Client } from 'pg';

import {
  BUILD_TIMEOUT_MS,
  buildHost,
  HOST_MAIN,
  REPO_ROOT,
} from './utils/build-host';
import { startServerOnFreePort } from './utils/start-server-on-free-port';

const RUN_TIMEOUT_MS = 60_000;

type Run = { code: number | null; stdout: string; stderr: string };

const adminUrl = () => process.env[TEST_DATABASE_ENV.adminUrl]!;

const databaseUrl = (name: string) => {
  const url = new URL(adminUrl());

  url.pathname = `/${name}`;

  return url.href;
};

const withAdmin = async <T>(run: (client: Client) => Promise<T>) => {
  const client = new Client({ connectionString: adminUrl() });

  await client.connect();

  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

const databaseExists = (name: string) =>
  withAdmin(
    async (client) =>
      (
        await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
          name,
        ])
      ).rowCount === 1,
  );

// The built host, as `npm start` runs it, with only these variables.
const runHost = (env: Record<string, string>) =>
  new Promise<Run>((resolve, reject) => {
    const child = spawn(process.execPath, [HOST_MAIN], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);

    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });

// The host writes only where asked: a database DATABASE_URL names that is
// missing or empty is a start-up error, and nothing is created in it.
describe('standalone host and a database nobody asked it to create', () => {
  const created: string[] = [];

  beforeAll(buildHost, BUILD_TIMEOUT_MS);

  afterAll(() =>
    withAdmin(async (client) => {
      for (const name of created) {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    }),
  );

  it('should exit non-zero naming every configuration problem at once', async () => {
    const run = await runHost({
      PORT: 'eighty',
      MCP_TOOL_MODE: 'all',
      DATABASE_URL: 'mysql://user:hunter2@db/twenty',
    });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('3 configuration problems:');
    expect(run.stderr).toContain('PORT must be a port number, got "eighty"');
    expect(run.stderr).toContain('MCP_TOOL_MODE must be');
    expect(run.stderr).toContain('DATABASE_URL must be a postgres://');
    expect(run.stderr).not.toContain('hunter2');
  });

  it('should exit non-zero when DATABASE_URL names a missing database, and not create it', async () => {
    const name = `missing_${randomUUID().slice(0, 8)}`;
    const run = await runHost({
      DATABASE_URL: databaseUrl(name),
      APP_SECRET: TEST_APP_SECRET,
      PORT: String(await findFreePort()),
      // A typo: the setting that would allow creation is not set.
      MCP_CREATE_DEMO_DATABSE: 'true',
    });

    expect(run.code).toBe(1);
    expect(
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line)),
    ).toContainEqual(
      expect.objectContaining({
        level: 40,
        msg: 'MCP_CREATE_DEMO_DATABSE is not a twenty-mcp-server variable and is ignored (did you mean MCP_CREATE_DEMO_DATABASE?)',
      }),
    );
    expect(run.stderr).toContain(
      `/${name} does not exist; nothing was created or changed.`,
    );
    expect(run.stderr).toContain('MCP_CREATE_DEMO_DATABASE=true');
    expect(await databaseExists(name)).toBe(false);
  });

  it('should exit non-zero when DATABASE_URL names an empty database, and leave it empty', async () => {
    const name = `empty_${randomUUID().slice(0, 8)}`;

    await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
    created.push(name);

    const run = await runHost({
      DATABASE_URL: databaseUrl(name),
      APP_SECRET: TEST_APP_SECRET,
      PORT: String(await findFreePort()),
    });
    const client = new Client({ connectionString: databaseUrl(name) });

    await client.connect();

    const { rows } = await client.query(
      `SELECT nspname FROM pg_namespace
        WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('public', 'information_schema')`,
    );
    const tables = await client.query(
      `SELECT 1 FROM pg_tables WHERE schemaname = 'public'`,
    );

    await client.end();

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `/${name} is empty or is neither a Twenty database nor one twenty-db created; nothing was created or changed.`,
    );
    expect(rows).toEqual([]);
    expect(tables.rowCount).toBe(0);
  });

  it('should create and seed the demo there when MCP_CREATE_DEMO_DATABASE asks for it', async () => {
    const name = `asked_${randomUUID().slice(0, 8)}`;
    created.push(name);

    const server = await startServerOnFreePort((port) => ({
      host: '127.0.0.1',
      port,
      publicUrl: `http://127.0.0.1:${port}`,
      path: '/mcp',
      databaseUrl: databaseUrl(name),
      createDemoDatabase: true,
      appSecret: TEST_APP_SECRET,
      toolMode: 'compact',
    }));

    try {
      expect(server.database.action).toBe('seeded');
      expect(server.database.fixture).not.toBeNull();
    } finally {
      await server.stop();
    }
  }, 120_000);
});
