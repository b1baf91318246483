import { createHash } from 'node:crypto';

import { escapeIdentifier } from 'pg';

import { type IndexPlan } from '../types/index-plan.type';

// The statement an admin runs to create a plan's index. Named
// `IDX_mcp_` + 16 hex digits of SHA-256 over the table and definition
// (24 characters, under PostgreSQL's 63), so the same advice always names
// the same index and IF NOT EXISTS makes a second run a no-op.
// CONCURRENTLY keeps the table writable while the index builds.
export const renderCreateIndexStatement = (
  schemaName: string,
  tableName: string,
  plan: IndexPlan,
): string => {
  const table = `${escapeIdentifier(schemaName)}.${escapeIdentifier(tableName)}`;
  const columns = plan.columns
    .map(
      ({ column, descending, nullsFirst }) =>
        `${escapeIdentifier(column)} ${descending ? 'DESC' : 'ASC'} NULLS ${nullsFirst ? 'FIRST' : 'LAST'}`,
    )
    .join(', ');
  const where = plan.predicate ? ` WHERE ${plan.predicate}` : '';
  const name = `IDX_mcp_${createHash('sha256')
    .update(`${table} (${columns})${where}`)
    .digest('hex')
    .slice(0, 16)}`;

  return `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${escapeIdentifier(name)} ON ${table} (${columns})${where};`;
};
