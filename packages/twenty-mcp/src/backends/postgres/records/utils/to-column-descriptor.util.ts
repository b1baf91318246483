import { computePostgresEnumName } from '@twenty-mcp/twenty-layout';

import { type FieldLeaf } from '../../../../domain/records/types/field-leaf.type';
import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type ColumnDescriptor } from '../types/column-descriptor.type';
import { getLeafColumn } from '../../../../domain/records/utils/get-leaf-column.util';

const ENUM_KINDS = new Set(['SELECT', 'RATING', 'MULTI_SELECT']);

// A leaf's column in `object`'s table, with its PostgreSQL enum type when
// the column is one (Twenty names them `<table>_<column>_enum`).
export const toColumnDescriptor = (
  object: ObjectSchema,
  leaf: FieldLeaf,
): ColumnDescriptor => {
  const column = getLeafColumn(leaf);

  return {
    column,
    kind: leaf.kind,
    enumTypeName: ENUM_KINDS.has(leaf.kind)
      ? computePostgresEnumName({
          tableName: object.tableName,
          columnName: column,
        })
      : null,
  };
};
