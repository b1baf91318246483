import { quoteIdentifier } from './quote-identifier.util';

// `"workspace_…"."person"`
export const buildTableReference = (
  schemaName: string,
  tableName: string,
): string => `${quoteIdentifier(schemaName)}.${quoteIdentifier(tableName)}`;
