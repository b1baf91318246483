import { type IndexAdvice } from '@twenty-mcp/twenty-mcp';

import { listIndexStatements } from './list-index-statements.util';

// Each column padded to its widest cell; the last one (the shape) is left
// ragged.
const pad = (rows: string[][]): string[] => {
  const widths = rows[0].map((_, column) =>
    Math.max(...rows.map((row) => row[column].length)),
  );

  return rows.map((row) =>
    row
      .map((cell, column) =>
        column === row.length - 1 ? cell : cell.padEnd(widths[column]),
      )
      .join('  '),
  );
};

// One workspace's advice for a person: a table of shapes (most used
// first) with whether an index serves them, then the statements.
export const formatIndexAdviceTable = (
  workspaceId: string,
  advice: readonly IndexAdvice[],
): string => {
  if (advice.length === 0) {
    return `Workspace ${workspaceId}: no recorded reads on exposed objects yet.\n`;
  }

  const statements = listIndexStatements(advice);
  const rows = pad([
    ['#', 'CALLS', 'LAST USED (UTC)', 'OBJECT', 'INDEX', 'SHAPE'],
    ...advice.map((item, position) => [
      String(position + 1),
      String(item.calls),
      item.lastUsedAt.toISOString().slice(0, 16).replace('T', ' '),
      item.objectLabel,
      item.servedBy
        ? `served by ${item.servedBy}`
        : item.statement
          ? `missing: [${statements.indexOf(item.statement) + 1}]`
          : 'none helps',
      [item.description || 'all records', ...item.notes].join('; '),
    ]),
  ]);

  return [
    `Workspace ${workspaceId}`,
    ...rows.map((row) => `  ${row.trimEnd()}`),
    '',
    statements.length === 0
      ? 'Every recorded read is served by an existing index.'
      : 'To apply (outside a transaction; nothing is run for you):',
    ...statements.map(
      (statement, position) => `  [${position + 1}] ${statement}`,
    ),
    '',
  ].join('\n');
};
