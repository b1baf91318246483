import { type AuditExportFormat } from '@twenty-mcp/twenty-mcp';

export type AuditCommand =
  | { command: 'verify'; workspaceId: string; json: boolean }
  | {
      command: 'export';
      workspaceId: string;
      format: AuditExportFormat;
      since?: Date;
      until?: Date;
    };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const AUDIT_USAGE = `Usage:
  twenty-mcp-server audit verify --workspace <id> [--json]
  twenty-mcp-server audit export --workspace <id> [--format jsonl|csv] [--since <date>] [--until <date>]
The database is DATABASE_URL's.`;

// `audit …` arguments → the command, or the reason they are not one.
export const parseAuditArgs = (
  argv: readonly string[],
): AuditCommand | { error: string } => {
  const [command, ...rest] = argv;
  const options = new Map<string, string>();
  const flags = new Set<string>();

  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index];
    const [name, inline] = arg.split('=', 2);

    if (name === '--json') {
      flags.add('json');
    } else if (
      ['--workspace', '--format', '--since', '--until'].includes(name)
    ) {
      const value = inline ?? rest[++index];

      if (value === undefined) {
        return { error: `${name} needs a value.` };
      }

      options.set(name.slice(2), value);
    } else {
      return { error: `Unknown argument "${arg}".` };
    }
  }

  if (command !== 'verify' && command !== 'export') {
    return { error: 'Say "verify" or "export".' };
  }

  const workspaceId = options.get('workspace');

  if (!workspaceId || !UUID.test(workspaceId)) {
    return { error: '--workspace <id> (a workspace uuid) is required.' };
  }

  if (command === 'verify') {
    return { command, workspaceId, json: flags.has('json') };
  }

  const format = options.get('format') ?? 'jsonl';

  if (format !== 'jsonl' && format !== 'csv') {
    return { error: '--format is jsonl or csv.' };
  }

  const dates: { since?: Date; until?: Date } = {};

  for (const key of ['since', 'until'] as const) {
    const value = options.get(key);

    if (value !== undefined) {
      const date = new Date(value);

      if (Number.isNaN(date.getTime())) {
        return { error: `--${key} must be a date (ISO 8601).` };
      }

      dates[key] = date;
    }
  }

  return { command, workspaceId, format, ...dates };
};
