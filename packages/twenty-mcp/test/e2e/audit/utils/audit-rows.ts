import { type Client as PgClient } from 'pg';

export type AuditRowRecord = {
  sequence: string;
  kind: string;
  principalKind: string;
  principalId: string;
  clientName: string | null;
  clientVersion: string | null;
  action: string;
  object: string | null;
  recordIds: string[];
  argumentsHash: string | null;
  arguments: unknown;
  outcome: string;
  errorClass: string | null;
  durationMs: number | null;
  requestId: string | null;
};

// The workspace's audit rows in chain order.
export const auditRows = async (
  pg: PgClient,
  workspaceId: string,
): Promise<AuditRowRecord[]> =>
  (
    await pg.query<AuditRowRecord>(
      `SELECT * FROM mcp."auditEvent" WHERE "workspaceId" = $1 ORDER BY "sequence"`,
      [workspaceId],
    )
  ).rows;

// Audit rows are written after the reply (through the queue or the
// fallback): waits until the workspace has at least `count`.
export const waitForAuditRows = async (
  pg: PgClient,
  workspaceId: string,
  count: number,
  timeoutMs = 20_000,
): Promise<AuditRowRecord[]> => {
  const deadline = Date.now() + timeoutMs;

  for (;;) {
    const rows = await auditRows(pg, workspaceId);

    if (rows.length >= count) {
      return rows;
    }

    if (Date.now() > deadline) {
      throw new Error(
        `expected ${count} audit rows, found ${rows.length}: ${JSON.stringify(rows.map((row) => row.action))}`,
      );
    }

    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
