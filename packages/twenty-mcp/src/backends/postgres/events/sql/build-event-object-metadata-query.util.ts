import { type SqlQuery } from '../../records/types/sql-query.type';

// The objects' core."objectMetadata" rows, every column as Twenty's entity
// names it, with the two flat-metadata keys events' consumers read besides
// the columns: the field ids and the owning application's universal
// identifier.
export const buildEventObjectMetadataQuery = (
  workspaceId: string,
  objectIds: readonly string[],
): SqlQuery => ({
  sql:
    `SELECT o.*, a."universalIdentifier" AS "applicationUniversalIdentifier",` +
    ` ARRAY(SELECT f."id"::text FROM core."fieldMetadata" f` +
    ` WHERE f."objectMetadataId" = o."id" ORDER BY f."id") AS "fieldIds"` +
    ` FROM core."objectMetadata" o` +
    ` LEFT JOIN core."application" a ON a."id" = o."applicationId"` +
    ` WHERE o."workspaceId" = $1 AND o."id" = ANY($2::uuid[])`,
  params: [workspaceId, [...objectIds]],
});
