import { createHash } from 'node:crypto';

// The name a statement is prepared under: the same text always gets the
// same name, so each pooled connection parses and plans a query shape once
// and later calls only bind and execute it. 96 bits of SHA-256 keep
// distinct texts from sharing a name (pg refuses a name reused for another
// text on one connection), well under PostgreSQL's 63-byte identifiers.
export const toPreparedStatementName = (sql: string): string =>
  `tmcp_${createHash('sha256').update(sql).digest('base64url').slice(0, 16)}`;
