import { type FilterActivityTargetNode } from '../../../../domain/records/types/filter-node.type';
import { type SqlBuildContext } from '../../../../domain/records/types/sql-build-context.type';
import { buildTableReference } from './build-table-reference.util';
import { quoteIdentifier } from './quote-identifier.util';

// A live junction row links the record to one of the ids. The outer table
// is referred to by its full name, which every record query selects from.
export const compileActivityTargetFilter = (
  node: FilterActivityTargetNode,
  context: SqlBuildContext,
): string => {
  const record = buildTableReference(
    context.schemaName,
    context.object.tableName,
  );

  return (
    `EXISTS (SELECT 1 FROM ${buildTableReference(context.schemaName, node.junctionTableName)} AS "__link"` +
    ` WHERE "__link".${quoteIdentifier(node.activityJoinColumn)} = ${record}."id"` +
    ` AND "__link"."deletedAt" IS NULL` +
    ` AND "__link".${quoteIdentifier(node.joinColumnName)} = ANY(${context.params.add(node.ids, 'uuid[]')}))`
  );
};
