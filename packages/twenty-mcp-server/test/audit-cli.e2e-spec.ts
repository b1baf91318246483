import { randomUUID } from 'node:crypto';
import { PassThrough, Writable } from 'node:stream';

import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import {
  createTestDatabase,
  type TestDatabase,
} from '@twenty-mcp/twenty-db/testing';
import { openAuditLog } from '@twenty-mcp/twenty-mcp';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { runAuditCommand } from '../src/cli/run-audit-command';
import { runCommandCaptured } from './utils/run-command-captured';

const WORKSPACE = DEMO_WORKSPACE.id;

// `twenty-mcp-server audit verify|export` on a real database whose chain the
// module wrote, run in-process as main.ts runs it.
describe('audit CLI', () => {
  let database: TestDatabase;
  let pg: Client;

  const run = (...argv: string[]) =>
    runCommandCaptured(runAuditCommand, argv, { DATABASE_URL: database.url });

  beforeAll(async () => {
    database = await createTestDatabase();

    const dataSource = new DataSource({ type: 'postgres', url: database.url });

    await dataSource.initialize();

    const { auditLog, close } = await openAuditLog(dataSource);

    await auditLog.append(
      Array.from({ length: 5 }, (_, index) => ({
        eventId: randomUUID(),
        workspaceId: WORKSPACE,
        occurredAt: new Date(Date.UTC(2026, 11, 1 + index)),
        kind: 'toolCall' as const,
        principalKind: 'mcpToken',
        principalId: randomUUID(),
        clientName: 'cli-test',
        clientVersion: '1.0.0',
        action: 'find_records',
        object: index === 2 ? '=cmd' : 'person',
        recordIds: [`record-${index}`],
        argumentsHash: 'a'.repeat(64),
        arguments: null,
        outcome: 'ok' as const,
        errorClass: null,
        durationMs: index,
        requestId: `request-${index}`,
      })),
    );
    await close();
    await dataSource.destroy();
    pg = new Client({ connectionString: database.url });
    await pg.connect();
  }, 60_000);

  afterAll(async () => {
    await pg?.end();
    await database?.drop();
  });

  it('should verify an intact chain and print its head', async () => {
    const { code, out } = await run('verify', '--workspace', WORKSPACE);

    expect(code).toBe(0);
    expect(out).toMatch(
      new RegExp(
        `^Audit chain of ${WORKSPACE} verifies: 5 rows, last sequence 5, head hash [0-9a-f]{64}\\.\\n$`,
      ),
    );
  });

  it('should export JSON lines, since a date', async () => {
    const { code, out } = await run(
      'export',
      '--workspace',
      WORKSPACE,
      '--since',
      '2026-12-03T00:00:00Z',
    );
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));

    expect(code).toBe(0);
    expect(lines.map((line) => line.sequence)).toEqual([3, 4, 5]);
    expect(lines[0]).toMatchObject({
      occurredAt: '2026-12-03T00:00:00.000Z',
      recordIds: ['record-2'],
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('should export CSV with a header and formulas defused', async () => {
    const { code, out } = await run(
      'export',
      '--workspace',
      WORKSPACE,
      '--format',
      'csv',
    );
    const lines = out.split('\r\n');

    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^sequence,occurredAt,workspaceId,/);
    expect(lines).toHaveLength(7);
    expect(lines[3]).toContain(",'=cmd,");
  });

  it('should end an export quietly when its reader stops early (| head)', async () => {
    let lines = 0;
    // A pipe whose reader went away after the header and one row.
    const closing = new Writable({
      write(_chunk, _encoding, callback) {
        lines += 1;
        callback(
          lines > 2
            ? Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })
            : null,
        );
      },
    });

    expect(
      await runAuditCommand(
        ['export', '--workspace', WORKSPACE, '--format', 'jsonl'],
        {
          env: { DATABASE_URL: database.url },
          stdout: closing,
          stderr: new PassThrough(),
        },
      ),
    ).toBe(0);
    expect(lines).toBe(3);
  });

  it('should refuse bad arguments and a missing DATABASE_URL with code 2', async () => {
    expect(await run('verify')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--workspace <id>'),
    });

    const code = await runAuditCommand(['verify', '--workspace', WORKSPACE], {
      env: {},
      stdout: new PassThrough(),
      stderr: new PassThrough(),
    });

    expect(code).toBe(2);
  });

  it('should fail with code 1 naming a row edited or deleted with SQL', async () => {
    await pg.query(
      `UPDATE mcp."auditEvent" SET "recordIds" = '{}' WHERE "workspaceId" = $1 AND "sequence" = 3`,
      [WORKSPACE],
    );

    expect(await run('verify', '--workspace', WORKSPACE)).toMatchObject({
      code: 1,
      out: `Audit chain of ${WORKSPACE} does NOT verify: first bad row 3: row 3 does not match its hash (edited).\n`,
    });

    const json = await run('verify', '--workspace', WORKSPACE, '--json');

    expect(JSON.parse(json.out)).toMatchObject({
      valid: false,
      firstBadSequence: 3,
    });

    await pg.query(
      `DELETE FROM mcp."auditEvent" WHERE "workspaceId" = $1 AND "sequence" <= 3`,
      [WORKSPACE],
    );

    expect(await run('verify', '--workspace', WORKSPACE)).toMatchObject({
      code: 1,
      out: expect.stringContaining('first bad row 1: rows 1 to 3 are missing'),
    });
  });
});
