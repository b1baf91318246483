import {
  computeCompositeColumnName,
  computePostgresEnumName,
} from '@twenty-mcp/twenty-layout';

import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type ColumnAssignment } from '../types/column-assignment.type';
import { type ParamCollector } from '../types/param-collector.type';
import { type WriteActor } from '../../../../domain/records/types/write-actor.type';
import { buildEnumTypeReference } from './build-enum-type-reference.util';

// createdBy / updatedBy sub-columns stamped with the writing actor (each
// value one parameter, shared by every row).
export const buildActorAssignments = (
  object: ObjectSchema,
  schemaName: string,
  actor: WriteActor,
  fieldNames: readonly ('createdBy' | 'updatedBy')[],
  params: ParamCollector,
): ColumnAssignment[] =>
  fieldNames
    .filter((fieldName) =>
      object.fields.some((field) => field.name === fieldName),
    )
    .flatMap((fieldName) => {
      const column = (subFieldName: string) =>
        computeCompositeColumnName({ fieldName, subFieldName });
      const sourceColumn = column('source');
      const sourceType = buildEnumTypeReference(
        schemaName,
        computePostgresEnumName({
          tableName: object.tableName,
          columnName: sourceColumn,
        }),
      );

      return [
        { column: sourceColumn, value: params.add(actor.source, sourceType) },
        { column: column('name'), value: params.add(actor.name, 'text') },
        {
          column: column('workspaceMemberId'),
          value: params.add(actor.workspaceMemberId, 'uuid'),
        },
      ];
    });
