import { type IdempotencyClaim } from '../../../../domain/records/types/idempotency-claim.type';
import { MCP_SCHEMA_NAME } from '../../../../config/constants/mcp-schema-name.const';
import { type SqlQuery } from '../types/sql-query.type';

const TABLE = `"${MCP_SCHEMA_NAME}"."idempotencyKey"`;
const KEY = `"workspaceId" = $1 AND "credentialId" = $2`;

const keyParams = ({ workspaceId, credentialId }: IdempotencyClaim) => [
  workspaceId,
  credentialId,
];

// The statements of one claim, run in the create's own transaction: the
// credential's expired keys go first (an expired key is a new key), then the
// insert — which waits while another transaction holds the same key and
// does nothing once that one committed — then, if it did nothing, what the
// committed call recorded.
export const buildIdempotencyKeyQueries = (claim: IdempotencyClaim) => ({
  clearExpired: {
    sql: `DELETE FROM ${TABLE} WHERE ${KEY} AND "expiresAt" <= now()`,
    params: keyParams(claim),
  } satisfies SqlQuery,
  claim: {
    sql: `INSERT INTO ${TABLE} ("workspaceId", "credentialId", "key", "argumentsHash", "expiresAt")
          VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))
          ON CONFLICT ("workspaceId", "credentialId", "key") DO NOTHING
          RETURNING "key"`,
    params: [
      ...keyParams(claim),
      claim.key,
      claim.argumentsHash,
      claim.lifetimeSeconds,
    ],
  } satisfies SqlQuery,
  read: {
    sql: `SELECT "argumentsHash", "recordIds"::text[] AS "recordIds" FROM ${TABLE} WHERE ${KEY} AND "key" = $3`,
    params: [...keyParams(claim), claim.key],
  } satisfies SqlQuery,
  complete: (recordIds: readonly string[]): SqlQuery => ({
    sql: `UPDATE ${TABLE} SET "recordIds" = $4::uuid[] WHERE ${KEY} AND "key" = $3`,
    params: [...keyParams(claim), claim.key, recordIds],
  }),
});
