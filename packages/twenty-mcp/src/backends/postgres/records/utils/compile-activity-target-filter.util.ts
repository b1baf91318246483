import { TwentyMcpException } from '../../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type FilterActivityTargetNode } from '../../../../domain/records/types/filter-node.type';
import { type SqlBuildContext } from '../types/sql-build-context.type';
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
  const junction = context.workspace.objects.find(
    (object) => object.nameSingular === node.junctionObjectName,
  );

  if (!junction) {
    throw new TwentyMcpException(
      `No junction object "${node.junctionObjectName}" in the workspace model`,
      TwentyMcpExceptionCode.INTERNAL_ERROR,
    );
  }

  return (
    `EXISTS (SELECT 1 FROM ${buildTableReference(context.schemaName, junction.tableName)} AS "__link"` +
    ` WHERE "__link".${quoteIdentifier(node.activityJoinColumn)} = ${record}."id"` +
    ` AND "__link"."deletedAt" IS NULL` +
    ` AND "__link".${quoteIdentifier(node.joinColumnName)} = ANY(${context.params.add(node.ids, 'uuid[]')}))`
  );
};
