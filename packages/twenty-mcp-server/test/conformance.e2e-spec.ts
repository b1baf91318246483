import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer, request as forward, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { demoTokens } from '@twenty-mcp/twenty-db/testing';

import { startTestServer, type TestServer } from './utils/start-test-server';

// The official MCP conformance suite, run as a separate Node 22 process.
const CONFORMANCE_COMMAND = [
  '-y',
  '-p',
  'node@22.23.3',
  '-p',
  '@modelcontextprotocol/conformance@0.2.0-alpha.12',
  '--',
  'conformance',
];
const BASELINE_PATH = path.join(__dirname, 'conformance-baseline.yml');
const FIRST_RUN_TIMEOUT_MS = 300_000;
const RUN_TIMEOUT_MS = 120_000;

// The server scenarios that need no fixture tools, prompts or resources of
// the suite's own, each at the wire of every era it applies to (2025-11-25
// has the initialize handshake, 2026-07-28 is stateless). The others name
// fixtures (test_simple_text, test://static-text, test_simple_prompt…) or
// features twenty-mcp does not offer (logging, resource subscriptions,
// sessions).
const SCENARIOS = [
  { specVersion: '2025-11-25', scenario: 'server-initialize' },
  { specVersion: '2025-11-25', scenario: 'ping' },
  { specVersion: '2025-11-25', scenario: 'tools-list' },
  { specVersion: '2025-11-25', scenario: 'completion-complete' },
  { specVersion: '2025-11-25', scenario: 'resources-list' },
  { specVersion: '2025-11-25', scenario: 'prompts-list' },
  { specVersion: '2025-11-25', scenario: 'dns-rebinding-protection' },
  { specVersion: '2026-07-28', scenario: 'server-stateless' },
  { specVersion: '2026-07-28', scenario: 'tools-list' },
  { specVersion: '2026-07-28', scenario: 'http-header-validation' },
  { specVersion: '2026-07-28', scenario: 'caching' },
  { specVersion: '2026-07-28', scenario: 'dns-rebinding-protection' },
  { specVersion: '2026-07-28', scenario: 'sep-2164-resource-not-found' },
  { specVersion: '2026-07-28', scenario: 'completion-complete' },
  { specVersion: '2026-07-28', scenario: 'resources-list' },
  { specVersion: '2026-07-28', scenario: 'prompts-list' },
  { specVersion: '2026-07-28', scenario: 'server-sse-multiple-streams' },
  {
    specVersion: '2026-07-28',
    scenario: 'input-required-result-unsupported-methods',
  },
] as const;

type Check = {
  id: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO' | 'SKIPPED';
  errorMessage?: string;
};

type Run = { code: number | null; stdout: string; stderr: string };

// `<scenario>:<check-id>` entries of the baseline file (a flat YAML list).
const readBaseline = (): string[] =>
  readFileSync(BASELINE_PATH, 'utf8')
    .split('\n')
    .map((line) => line.match(/^\s+-\s+(\S+)/)?.[1])
    .filter((entry): entry is string => entry !== undefined);

const readChecks = (outputDir: string): Check[] => {
  const [runDir] = readdirSync(outputDir);
  const file = runDir && path.join(outputDir, runDir, 'checks.json');

  return file && existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Check[])
    : [];
};

// The suite cannot send an Authorization header (its server scenarios build
// their own requests; the CLI has no header option). So the test puts this
// pass-through proxy in front of the server: it adds the demo admin key to
// requests that carry none and changes nothing else (Host and Origin stay
// as the suite sent them, for the DNS-rebinding checks). The server still
// verifies the key; no production switch turns authentication off.
const startAuthorizingProxy = async (target: URL, token: string) => {
  const proxy: Server = createServer((request, response) => {
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        path: request.url,
        method: request.method,
        headers: {
          ...request.headers,
          authorization: request.headers.authorization ?? `Bearer ${token}`,
        },
        agent: false,
      },
      (reply) => {
        response.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(response);
      },
    );

    upstream.on('error', () => response.destroy());
    // Streams the suite abandons (subscriptions/listen) end upstream too.
    response.on('close', () => upstream.destroy());
    request.pipe(upstream);
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

describe('MCP conformance suite (server scenarios)', () => {
  let server: TestServer;
  let proxy: Awaited<ReturnType<typeof startAuthorizingProxy>>;
  let workDir: string;
  let firstRun = true;
  const baseline = readBaseline();
  const running = new Set<number>();

  // Runs the CLI in its own process group, so a timeout ends npx and the
  // Node 22 process it started together.
  const conformance = (args: string[], timeoutMs: number) =>
    new Promise<Run>((resolve, reject) => {
      const { NODE_OPTIONS: _jestNodeOptions, ...env } = process.env;
      const child = spawn('npx', [...CONFORMANCE_COMMAND, ...args], {
        cwd: workDir,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...env, NO_COLOR: '1', npm_config_update_notifier: 'false' },
      });
      const pid = child.pid!;
      let stdout = '';
      let stderr = '';
      const timer = setTimeout(() => {
        killGroup(pid);
        running.delete(pid);
        reject(new Error(`conformance timed out: ${args.join(' ')}`));
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

  beforeAll(async () => {
    server = await startTestServer();
    proxy = await startAuthorizingProxy(
      new URL(server.url),
      (await demoTokens(server.database.databaseUrl))['MCP - admin'],
    );
    workDir = mkdtempSync(path.join(tmpdir(), 'twenty-mcp-conformance-'));
  }, 60_000);

  afterAll(async () => {
    running.forEach(killGroup);
    await proxy?.close();
    await server?.stopAll();
    rmSync(workDir, { recursive: true, force: true });
  });

  it.each(SCENARIOS)(
    '$scenario at the $specVersion wire',
    async ({ scenario, specVersion }) => {
      const outputDir = mkdtempSync(path.join(workDir, `${scenario}-`));
      const run = await conformance(
        [
          'server',
          '--url',
          proxy.url,
          '--scenario',
          scenario,
          '--spec-version',
          specVersion,
          '--expected-failures',
          BASELINE_PATH,
          '--output-dir',
          outputDir,
        ],
        firstRun ? FIRST_RUN_TIMEOUT_MS : RUN_TIMEOUT_MS,
      );

      firstRun = false;

      const checks = readChecks(outputDir);
      const notPassing = checks
        .filter((check) => ['FAILURE', 'WARNING'].includes(check.status))
        .map((check) => `${scenario}:${check.id}`);
      const failures = checks
        .filter((check) => !baseline.includes(`${scenario}:${check.id}`))
        .filter((check) => ['FAILURE', 'WARNING'].includes(check.status))
        .map((check) => `${check.id} (${check.status}): ${check.errorMessage}`);

      // A scenario that does not apply at a version exits 0 having checked
      // nothing; it must really have run.
      expect(checks.some((check) => check.status === 'SUCCESS')).toBe(true);
      expect(failures).toEqual([]);
      // Exactly the baselined checks fail: one that passes now makes the
      // baseline stale, which the CLI reports with exit code 1 as well.
      expect(new Set(notPassing)).toEqual(
        new Set(baseline.filter((entry) => entry.startsWith(`${scenario}:`))),
      );
      expect({
        exitCode: run.code,
        output: run.code === 0 ? '' : `${run.stdout}\n${run.stderr}`,
      }).toEqual({ exitCode: 0, output: '' });
    },
    FIRST_RUN_TIMEOUT_MS,
  );
});
