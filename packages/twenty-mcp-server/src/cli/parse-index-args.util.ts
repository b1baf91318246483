export type IndexCommand = {
  command: 'advise';
  // null: every workspace with recorded reads.
  workspaceId: string | null;
  format: 'table' | 'sql';
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const INDEX_USAGE = `Usage:
  twenty-mcp-server indexes advise [--workspace <id>] [--format table|sql]
The database is DATABASE_URL's. Nothing is applied: --format sql prints the
CREATE INDEX CONCURRENTLY statements, one per line, for you to run.`;

// `indexes …` arguments → the command, or the reason they are not one.
export const parseIndexArgs = (
  argv: readonly string[],
): IndexCommand | { error: string } => {
  const [command, ...rest] = argv;
  const options = new Map<string, string>();

  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index];
    const [name, inline] = arg.split('=', 2);

    if (name !== '--workspace' && name !== '--format') {
      return { error: `Unknown argument "${arg}".` };
    }

    const value = inline ?? rest[++index];

    if (value === undefined) {
      return { error: `${name} needs a value.` };
    }

    options.set(name.slice(2), value);
  }

  if (command !== 'advise') {
    return { error: 'Say "advise".' };
  }

  const workspaceId = options.get('workspace') ?? null;

  if (workspaceId !== null && !UUID.test(workspaceId)) {
    return { error: '--workspace takes a workspace uuid.' };
  }

  const format = options.get('format') ?? 'table';

  if (format !== 'table' && format !== 'sql') {
    return { error: '--format is table or sql.' };
  }

  return { command, workspaceId, format };
};
