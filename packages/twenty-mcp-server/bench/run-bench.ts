import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';

import { EmbeddedPostgresRuntime, findFreePort } from '@twenty-mcp/twenty-db';
import { countTokens } from '@twenty-mcp/twenty-mcp';

import { BENCH_OPERATIONS } from './constants/bench-operations.const';
import { measureMemory } from './services/measure-memory';
import { measureOperation, prepareRequest } from './services/measure-operation';
import { measureSql } from './services/measure-sql';
import {
  type BenchDatabase,
  prepareDemoDatabase,
  prepareGeneratedDatabase,
  withPg,
} from './services/prepare-databases';
import {
  applyAdvisorStatements,
  runIndexAdvisor,
} from './services/run-index-advisor';
import {
  killServerChildren,
  type ServerChild,
  startServerChild,
} from './services/server-child';
import { type BenchOperationKey } from './types/bench-operation.type';
import {
  type BenchReport,
  type OperationFigures,
  type WorkspaceFigures,
} from './types/bench-report.type';
import { type BenchSettings } from './types/bench-settings.type';
import { type McpEra } from './types/mcp-era.type';
import { buildJsonRpcRequest } from './utils/build-json-rpc-request.util';
import { evaluateTargets } from './utils/evaluate-targets.util';
import { formatBenchReport } from './utils/format-bench-report.util';
import { parseMcpResponse } from './utils/parse-mcp-response.util';
import { readBenchSettings } from './utils/read-bench-settings.util';

const ERAS: McpEra[] = ['legacy', 'modern'];
const SERVER_ROOT = path.resolve(__dirname, '../..');
const HOST_SCRIPT = path.join(SERVER_ROOT, 'dist/main.js');
const FLOOR_SCRIPT = path.join(__dirname, 'floor/noop-mcp-server.js');
const RESULTS_DIR = path.resolve(SERVER_ROOT, '../../bench/results');
const ALL_OPERATIONS: BenchOperationKey[] = [
  'get-by-id',
  'list-20',
  'filtered-search',
  'aggregate',
  'tools-list',
];

const log = (message: string) =>
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

const startHost = async (
  database: BenchDatabase,
  settings: BenchSettings,
): Promise<ServerChild> =>
  startServerChild({
    script: HOST_SCRIPT,
    port: await findFreePort(),
    readyPath: '/readyz',
    env: {
      DATABASE_URL: database.databaseUrl,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // The host's per-token and hourly limits would refuse a load test.
      MCP_MAX_CONCURRENT_CALLS_PER_TOKEN: String(
        Math.max(64, 2 * settings.throughputConnections),
      ),
      MCP_READ_CALLS_PER_TOKEN_PER_HOUR: '1000000',
      MCP_CALLS_PER_WORKSPACE_PER_HOUR: '1000000',
    },
  });

const toolListTokens = async (
  mcpUrl: string,
  database: BenchDatabase,
): Promise<number> => {
  const request = buildJsonRpcRequest({
    era: 'modern',
    method: 'tools/list',
    token: database.token,
  });
  const response = await fetch(mcpUrl, {
    method: 'POST',
    headers: request.headers,
    body: request.body,
  });
  const message = parseMcpResponse(
    response.headers.get('content-type') ?? '',
    await response.text(),
  ) as { result?: { tools?: unknown } } | null;

  return countTokens(message?.result?.tools ?? []);
};

// The operations in both eras on one running host, then the statements it
// ran for each, timed alone.
const measureWorkspace = async ({
  key,
  label,
  database,
  server,
  operations,
  settings,
}: {
  key: string;
  label: string;
  database: BenchDatabase;
  server: ServerChild;
  operations: BenchOperationKey[];
  settings: BenchSettings;
}): Promise<WorkspaceFigures> => {
  const mcpUrl = `${server.baseUrl}/mcp`;
  const context = { personId: database.personId, now: new Date() };
  const figures: WorkspaceFigures = {
    key,
    label,
    objects: database.objects,
    people: database.people,
    operations: [],
    sql: [],
    toolListTokens: await toolListTokens(mcpUrl, database),
  };

  for (const operationKey of operations) {
    for (const era of ERAS) {
      log(`${label}: ${operationKey} (${era})`);
      figures.operations.push(
        await measureOperation({
          server,
          mcpUrl,
          era,
          operation: BENCH_OPERATIONS[operationKey],
          context,
          token: database.token,
          settings,
        }),
      );
    }

    log(`${label}: ${operationKey}, its statements alone`);
    figures.sql.push(
      await measureSql({
        server,
        mcpUrl,
        request: await prepareRequest({
          mcpUrl,
          era: 'modern',
          operation: BENCH_OPERATIONS[operationKey],
          context,
          token: database.token,
        }),
        operation: operationKey,
        databaseUrl: database.databaseUrl,
        workspaceSchema: database.workspaceSchema,
        settings,
      }),
    );
  }

  return figures;
};

const withHost = async <T>(
  database: BenchDatabase,
  settings: BenchSettings,
  run: (server: ServerChild) => Promise<T>,
): Promise<T> => {
  const server = await startHost(database, settings);

  try {
    return await run(server);
  } finally {
    await server.stop();
  }
};

const measureFloor = async (
  settings: BenchSettings,
): Promise<OperationFigures[]> => {
  const server = await startServerChild({
    script: FLOOR_SCRIPT,
    port: await findFreePort(),
    readyPath: '/healthz',
    env: {},
  });

  try {
    const figures: OperationFigures[] = [];

    for (const era of ERAS) {
      log(`no-op floor (${era})`);
      figures.push(
        await measureOperation({
          server,
          mcpUrl: `${server.baseUrl}/mcp`,
          era,
          operation: BENCH_OPERATIONS.noop,
          context: {
            personId: '00000000-0000-4000-8000-000000000000',
            now: new Date(),
          },
          settings,
        }),
      );
    }

    return figures;
  } finally {
    await server.stop();
  }
};

// Steps that threw: reported as failures, the rest of the bench goes on.
const stepErrors: string[] = [];

const attempt = async <T>(
  step: string,
  run: () => Promise<T>,
): Promise<T | null> => {
  try {
    return await run();
  } catch (error) {
    const message = `${step} failed: ${error instanceof Error ? error.message : String(error)}`;

    log(message);
    stepErrors.push(message);

    return null;
  }
};

const failuresOf = (report: Omit<BenchReport, 'targets' | 'failures'>) => {
  const workspaces = [
    ...report.workspaces,
    ...(report.large
      ? [report.large.default, report.large.withAdvisor].filter(
          (workspace): workspace is WorkspaceFigures => workspace !== null,
        )
      : []),
  ];
  const operationFailures = [
    ...report.floor.map((figures) => ({ label: 'floor', figures })),
    ...workspaces.flatMap((workspace) =>
      workspace.operations.map((figures) => ({
        label: workspace.label,
        figures,
      })),
    ),
  ]
    .filter(({ figures }) => figures.failures > 0)
    .map(
      ({ label, figures }) =>
        `${label}: ${figures.label} (${figures.era}): ${figures.failures} of ${figures.requests} responses failed a check; first: ${figures.firstFailure}`,
    );

  return [
    ...stepErrors,
    ...operationFailures,
    ...(report.memory && report.memory.failures > 0
      ? [
          `memory run: ${report.memory.failures} responses failed a check; first: ${report.memory.firstFailure}`,
        ]
      : []),
  ];
};

// `npm run bench`: the built host in its own process, loaded over raw HTTP
// with every response checked, next to the statements it ran (captured
// from its pg driver) timed alone and a no-op MCP server on the same SDK.
// Writes bench/results/bench.{json,md}; exits 1 if any check failed.
const main = async () => {
  const settings = readBenchSettings(process.env);

  if (!existsSync(HOST_SCRIPT)) {
    throw new Error(
      `${HOST_SCRIPT} is missing: build the host first (npx nx run twenty-mcp-server:build)`,
    );
  }

  const parent = mkdtempSync(path.join(tmpdir(), 'twenty-mcp-bench-'));

  // As root, the cluster runs as the postgres user, who must enter it.
  chmodSync(parent, 0o755);

  const runtime = new EmbeddedPostgresRuntime({
    dataDir: path.join(parent, 'data'),
    port: await findFreePort(),
    ephemeral: true,
  });

  // Interrupted: no server child or PostgreSQL is left behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killServerChildren();
      void runtime.stop().finally(() => process.exit(130));
    });
  }

  log(`Settings: ${JSON.stringify(settings)}. Starting embedded PostgreSQL…`);
  await runtime.start();

  try {
    const postgres = await withPg(
      runtime.connectionString('postgres'),
      async (pg) =>
        (await pg.query<{ version: string }>('SELECT version()')).rows[0]
          .version,
    );
    const partial: Omit<BenchReport, 'targets' | 'failures'> = {
      date: new Date().toISOString(),
      machine: {
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cores: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        postgres: `embedded ${postgres.split(',')[0]}`,
      },
      settings,
      floor: await measureFloor(settings),
      workspaces: [],
      large: null,
      memory: null,
    };

    log('Seeding the demo workspace…');

    const demo = await prepareDemoDatabase(
      runtime.connectionString('bench_demo'),
    );

    await attempt('demo workspace', () =>
      withHost(demo, settings, async (server) => {
        partial.workspaces.push(
          await measureWorkspace({
            key: 'demo',
            label: 'Demo workspace (Northwind Traders)',
            database: demo,
            server,
            operations: ALL_OPERATIONS,
            settings,
          }),
        );

        log(`Memory over ${settings.memoryCalls} get-by-id calls…`);

        const context = { personId: demo.personId, now: new Date() };
        const mcpUrl = `${server.baseUrl}/mcp`;

        partial.memory = await measureMemory({
          server,
          mcpUrl,
          request: await prepareRequest({
            mcpUrl,
            era: 'modern',
            operation: BENCH_OPERATIONS['get-by-id'],
            context,
            token: demo.token,
          }),
          expect: BENCH_OPERATIONS['get-by-id'].expect(context),
          calls: settings.memoryCalls,
          connections: settings.throughputConnections,
        });
      }),
    );

    for (const objects of settings.objectCounts) {
      log(`Generating a workspace of ${objects} objects…`);

      await attempt(`workspace of ${objects} objects`, async () => {
        const database = await prepareGeneratedDatabase(
          runtime.connectionString(`bench_objects_${objects}`),
          { people: 1_000, objects },
        );

        await withHost(database, settings, async (server) => {
          partial.workspaces.push(
            await measureWorkspace({
              key: `objects-${objects}`,
              label: `${database.objects} objects`,
              database,
              server,
              operations: ['get-by-id', 'tools-list'],
              settings,
            }),
          );
        });
      });
    }

    log(
      `Generating a workspace of ${settings.people.toLocaleString('en-US')} people…`,
    );

    const generatedAt = Date.now();
    const large = await prepareGeneratedDatabase(
      runtime.connectionString('bench_large'),
      { people: settings.people, objects: 11 },
      (phase) => log(`  ${phase}…`),
    );
    const generatedInSeconds = Math.round((Date.now() - generatedAt) / 1000);
    const peopleLabel = `${large.people.toLocaleString('en-US')} people`;
    // Stopped gracefully: the host flushes the query shapes it recorded,
    // which the advisor reads.
    const largeDefault = await attempt('large workspace', () =>
      withHost(large, settings, (server) =>
        measureWorkspace({
          key: 'large',
          label: `${peopleLabel}, default indexes`,
          database: large,
          server,
          operations: ALL_OPERATIONS,
          settings,
        }),
      ),
    );

    log('Index advisor…');

    const advisor = await runIndexAdvisor({
      hostScript: HOST_SCRIPT,
      databaseUrl: large.databaseUrl,
    });

    log(advisor.note);

    let withAdvisor: WorkspaceFigures | null = null;

    if (advisor.available) {
      await withPg(large.databaseUrl, (pg) =>
        applyAdvisorStatements(pg, advisor.statements),
      );
      withAdvisor = await attempt('large workspace with advisor indexes', () =>
        withHost(large, settings, (server) =>
          measureWorkspace({
            key: 'large-advised',
            label: `${peopleLabel}, with the advisor's indexes`,
            database: large,
            server,
            operations: ALL_OPERATIONS,
            settings,
          }),
        ),
      );
    }

    partial.large = largeDefault
      ? {
          people: large.people,
          generatedInSeconds,
          default: largeDefault,
          withAdvisor,
          advisor,
        }
      : null;

    const report: BenchReport = {
      ...partial,
      targets: evaluateTargets(partial),
      failures: failuresOf(partial),
    };
    const markdown = formatBenchReport(report);

    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(
      path.join(RESULTS_DIR, 'bench.json'),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    writeFileSync(path.join(RESULTS_DIR, 'bench.md'), markdown);
    console.log(`\n${markdown}`);
    log(`Results written to ${path.join(RESULTS_DIR, 'bench.{json,md}')}`);

    if (report.failures.length > 0) {
      console.error(
        `${report.failures.length} operations had failed checks:\n${report.failures.join('\n')}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await runtime.stop();
    rmSync(parent, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
