import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import {
  createServer,
  request as forward,
  type IncomingMessage,
  type Server,
} from 'node:http';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';

import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import { demoTokens } from '@twenty-mcp/twenty-db/testing';

import { startTestServer, type TestServer } from './utils/start-test-server';

// The MCP Inspector CLI as a user runs it: a separate Node 22 process talking
// to the server over HTTP. The first run downloads ~135 MB through npx.
const INSPECTOR_COMMAND = [
  '-y',
  '-p',
  'node@22.23.3',
  '-p',
  '@modelcontextprotocol/inspector@2.12.0',
  '--',
  'mcp-inspector',
  '--cli',
];
const FIRST_RUN_TIMEOUT_MS = 600_000;
const RUN_TIMEOUT_MS = 120_000;

const COMPACT_TOOL_NAMES = [
  'list_objects',
  'describe_object',
  'search_records',
  'find_records',
  'get_records',
  'aggregate_records',
  'create_records',
  'update_records',
  'delete_records',
  'restore_records',
  'destroy_records',
];

const OPEN_DEALS_OVER_50K = {
  object: 'opportunity',
  filter: {
    and: [
      { stage: { neq: 'CUSTOMER' } },
      { amount: { amount: { gt: 50000 } } },
    ],
  },
  orderBy: [{ amount: { amount: 'DescNullsLast' } }],
  expand: ['pointOfContact'],
  limit: 10,
  includeTotalCount: true,
};

type Run = { code: number | null; stdout: string; stderr: string };

type SeenRequest = { method: string | undefined; protocolVersion?: string };

type ToolDefinition = {
  name: string;
  inputSchema: {
    type: string;
    properties: Record<string, { enum?: string[] }>;
  };
};

type FindResult = {
  isError?: boolean;
  content: { type: string; text?: string }[];
  structuredContent: {
    records: {
      id: string;
      stage: string;
      amount: { amount: number };
      pointOfContactId: string | null;
      pointOfContact: { id: string } | null;
    }[];
    totalCount: number;
  };
};

// Passes requests through unchanged and notes what each one asked for, so
// the test sees which protocol era the Inspector really spoke.
const startRecordingProxy = async (target: URL, seen: SeenRequest[]) => {
  const proxy: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];

    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);

      try {
        seen.push({
          method: (JSON.parse(body.toString()) as { method?: string }).method,
          protocolVersion: request.headers['mcp-protocol-version'] as string,
        });
      } catch {
        seen.push({ method: undefined });
      }

      const upstream = forward(
        {
          host: target.hostname,
          port: target.port,
          path: request.url,
          method: request.method,
          headers: request.headers,
          agent: false,
        },
        (reply) => {
          response.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(response);
        },
      );

      upstream.on('error', () => response.destroy());
      // A client that goes away ends its stream upstream too (the 2025-era
      // GET stream would otherwise keep the server from closing).
      response.on('close', () => upstream.destroy());
      upstream.end(body);
    });
  });

  await new Promise<void>((resolve) =>
    proxy.listen(0, '127.0.0.1', () => resolve()),
  );

  const { port } = proxy.address() as { port: number };

  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
};

// Ends a CLI run and the processes it started (npx, then Node 22).
const killGroup = (pid: number) => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group has already exited.
  }
};

describe('MCP Inspector CLI', () => {
  let server: TestServer;
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  let token: string;
  let home: string;
  const seen: SeenRequest[] = [];
  const running = new Set<number>();

  // Runs the CLI in its own process group, so a timeout ends npx and the
  // Node 22 process it started together.
  const inspect = (args: string[], timeoutMs = RUN_TIMEOUT_MS) =>
    new Promise<Run>((resolve, reject) => {
      const { NODE_OPTIONS: _jestNodeOptions, ...env } = process.env;
      const child = spawn(
        'npx',
        [
          ...INSPECTOR_COMMAND,
          proxy.url,
          '--header',
          `Authorization: Bearer ${token}`,
          '--format',
          'json',
          ...args,
        ],
        {
          cwd: home,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {
            ...env,
            // The Inspector keeps a catalog and client config under HOME;
            // npm's cache and settings stay the user's, so the download
            // happens once per machine, not once per run.
            HOME: home,
            npm_config_cache:
              process.env.npm_config_cache ?? path.join(homedir(), '.npm'),
            npm_config_userconfig:
              process.env.npm_config_userconfig ??
              path.join(homedir(), '.npmrc'),
            npm_config_update_notifier: 'false',
          },
        },
      );
      const pid = child.pid!;
      let stdout = '';
      let stderr = '';
      const timer = setTimeout(() => {
        killGroup(pid);
        running.delete(pid);
        reject(new Error(`inspector timed out: ${args.join(' ')}\n${stderr}`));
      }, timeoutMs);

      running.add(pid);
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        running.delete(pid);
        resolve({ code, stdout, stderr });
      });
    });

  const inspectJson = async <T>(args: string[], timeoutMs?: number) => {
    const run = await inspect(args, timeoutMs);

    if (run.code !== 0) {
      throw new Error(`inspector exited ${run.code}: ${run.stderr}`);
    }

    return (JSON.parse(run.stdout) as { result: T }).result;
  };

  const callFindRecords = (era: 'legacy' | 'modern') =>
    inspectJson<FindResult>([
      '--method',
      'tools/call',
      '--tool-name',
      'find_records',
      '--tool-args-json',
      JSON.stringify(OPEN_DEALS_OVER_50K),
      '--protocol-era',
      era,
    ]);

  beforeAll(async () => {
    server = await startTestServer();
    token = (await demoTokens(server.database.databaseUrl))['MCP - admin'];
    proxy = await startRecordingProxy(new URL(server.url), seen);
    home = mkdtempSync(path.join(tmpdir(), 'twenty-mcp-inspector-'));
  }, 60_000);

  afterAll(async () => {
    running.forEach(killGroup);
    await proxy?.close();
    await server?.stopAll();
    rmSync(home, { recursive: true, force: true });
  });

  beforeEach(() => {
    seen.length = 0;
  });

  it(
    'should list the compact tools as JSON',
    async () => {
      const { tools } = await inspectJson<{ tools: ToolDefinition[] }>(
        ['--method', 'tools/list'],
        FIRST_RUN_TIMEOUT_MS,
      );

      expect(tools.map((tool) => tool.name)).toEqual(COMPACT_TOOL_NAMES);
      expect(tools.every((tool) => tool.inputSchema.type === 'object')).toBe(
        true,
      );
      // Ad-hoc URL runs default to the 2025 (legacy) handshake.
      expect(seen[0].method).toBe('initialize');
      expect(seen.find((r) => r.method === 'tools/list')).toEqual({
        method: 'tools/list',
        protocolVersion: '2025-11-25',
      });
    },
    FIRST_RUN_TIMEOUT_MS,
  );

  it.each([
    { era: 'modern', first: 'server/discover', version: '2026-07-28' },
    { era: 'legacy', first: 'initialize', version: '2025-11-25' },
  ] as const)(
    'should call find_records with --tool-args-json over the $era era',
    async ({ era, first, version }) => {
      const result = await callFindRecords(era);
      const { records, totalCount } = result.structuredContent;

      expect(result.isError).toBeFalsy();
      expect(seen[0].method).toBe(first);
      expect(seen.find((r) => r.method === 'tools/call')).toEqual({
        method: 'tools/call',
        protocolVersion: version,
      });
      expect(records).toHaveLength(10);
      expect(totalCount).toBeGreaterThan(10);

      for (const record of records) {
        expect(record.stage).not.toBe('CUSTOMER');
        expect(record.amount.amount).toBeGreaterThan(50000);
      }

      expect(
        records.filter(
          (record) =>
            record.pointOfContact &&
            record.pointOfContact.id !== record.pointOfContactId,
        ),
      ).toEqual([]);
      expect(records.some((record) => record.pointOfContact)).toBe(true);

      // Both eras serve the same query from the same data.
      const other = await callFindRecords(
        era === 'modern' ? 'legacy' : 'modern',
      );

      expect(other.structuredContent).toEqual(result.structuredContent);
    },
    RUN_TIMEOUT_MS * 2,
  );

  it(
    'should report a bad argument as a tool error with an actionable message',
    async () => {
      const run = await inspect([
        '--method',
        'tools/call',
        '--tool-name',
        'find_records',
        '--tool-args-json',
        JSON.stringify({
          object: 'opportunity',
          filter: { stage: { eq: 'WON' } },
        }),
      ]);
      const { result } = JSON.parse(run.stdout) as { result: FindResult };

      // The Inspector's exit code for a tool that returned isError: true.
      expect(run.code).toBe(5);
      expect(result.isError).toBe(true);
      expect(result.content[0].text).toMatch(
        /stage.*NEW, SCREENING, MEETING, PROPOSAL, CUSTOMER/,
      );
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'should list one schema resource per object the tools accept',
    async () => {
      const { tools } = await inspectJson<{ tools: ToolDefinition[] }>([
        '--method',
        'tools/list',
      ]);
      const { resources } = await inspectJson<{
        resources: { name: string; uri: string; mimeType: string }[];
      }>(['--method', 'resources/list', '--protocol-era', 'modern']);
      const objects = tools.find((tool) => tool.name === 'find_records')!
        .inputSchema.properties.object.enum!;

      expect(resources.map((resource) => resource.name).sort()).toEqual(
        [...objects].sort(),
      );

      for (const resource of resources) {
        expect(resource).toMatchObject({
          uri: `twenty://workspace/${DEMO_WORKSPACE.id}/objects/${resource.name}`,
          mimeType: 'application/json',
        });
      }
    },
    RUN_TIMEOUT_MS,
  );

  // --strict checks how portable the tool schemas are across model
  // providers: errors (exit 6) would make tools unusable somewhere. The
  // warnings it has are reported as found, not hidden: today they are all
  // nullable output fields written `type: [T, "null"]`, which models never
  // see as parameters.
  it(
    'should pass the --strict schema portability check with clean input schemas',
    async () => {
      const run = await inspect(['--method', 'tools/list', '--strict']);
      const issues = [
        ...run.stderr.matchAll(
          /^(Error|Warning): tool "([^"]+)"\n\s+Path: (\S+)\n\s+Issue: (.*)$/gm,
        ),
      ].map(([, severity, tool, schemaPath, issue]) => ({
        severity,
        tool,
        schemaPath,
        issue,
      }));

      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(
        new RegExp(`^0 errors, ${issues.length} warnings`, 'm'),
      );
      expect(issues.filter((issue) => issue.severity === 'Error')).toEqual([]);
      expect(
        issues.filter((issue) => !issue.schemaPath.startsWith('outputSchema.')),
      ).toEqual([]);
    },
    RUN_TIMEOUT_MS,
  );
});
