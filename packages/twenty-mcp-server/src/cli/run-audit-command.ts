import {
  formatAuditExportHeader,
  formatAuditExportRow,
  openAuditLog,
} from '@twenty-mcp/twenty-mcp';

import { AUDIT_USAGE, parseAuditArgs } from './parse-audit-args.util';
import { type CommandIo } from './types/command-io.type';
import { withCommandDatabase } from './utils/with-command-database.util';
import { writeText } from './utils/write-text.util';

// A progress line on a terminal, rewritten in place; nothing in a pipe.
const progressWriter = (stderr: CommandIo['stderr']) => {
  if (!stderr.isTTY) {
    return undefined;
  }

  return (checked: number, total: number) => {
    const width = 30;
    const done = total > 0 ? Math.min(checked / total, 1) : 1;
    const filled = Math.round(done * width);

    stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${checked}/${total} rows${checked >= total ? '\n' : ''}`,
    );
  };
};

// The reader stopped early (`audit export … | head`) and closed the pipe.
const isClosedPipe = (error: unknown) =>
  (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';

// `twenty-mcp-server audit verify|export`: the audit trail of the database
// DATABASE_URL names (docs/audit-trail.md). The exit code: 0 done (a valid
// chain), 1 a chain that does not verify, 2 a usage or connection error.
export const runAuditCommand = async (
  argv: readonly string[],
  { env, stdout, stderr }: CommandIo,
): Promise<number> => {
  const parsed = parseAuditArgs(argv);

  if ('error' in parsed) {
    await writeText(stderr, `${parsed.error}\n${AUDIT_USAGE}\n`);

    return 2;
  }

  return withCommandDatabase(
    { env, stderr, usage: AUDIT_USAGE },
    openAuditLog,
    async ({ auditLog }) => {
      if (parsed.command === 'export') {
        // Each write's callback reports the failure; the stream's own 'error'
        // event would otherwise end the process with a stack trace.
        const swallow = () => {};

        stdout.on('error', swallow);

        try {
          await writeText(stdout, formatAuditExportHeader(parsed.format));

          for await (const row of auditLog.readEvents(parsed.workspaceId, {
            since: parsed.since,
            until: parsed.until,
          })) {
            await writeText(stdout, formatAuditExportRow(row, parsed.format));
          }
        } catch (error) {
          if (!isClosedPipe(error)) {
            throw error;
          }
        } finally {
          stdout.off('error', swallow);
        }

        return 0;
      }

      const result = await auditLog.verify(
        parsed.workspaceId,
        progressWriter(stderr),
      );

      await writeText(
        stdout,
        parsed.json
          ? `${JSON.stringify(result)}\n`
          : result.valid
            ? `Audit chain of ${parsed.workspaceId} verifies: ${result.checkedRows} rows${result.prunedThroughSequence > 0 ? ` (rows up to ${result.prunedThroughSequence} pruned by retention)` : ''}, last sequence ${result.lastSequence ?? '-'}, head hash ${result.headHash ?? '-'}.\n`
            : `Audit chain of ${parsed.workspaceId} does NOT verify: first bad row ${result.firstBadSequence}: ${result.problem}.\n`,
      );

      return result.valid ? 0 : 1;
    },
  );
};
