import { type FieldSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type SelectColumn } from '../types/select-column.type';
import { getFieldSelectColumns } from './get-field-select-columns.util';

// The columns of a set of fields, each once.
export const getSelectionColumns = (
  fields: readonly FieldSchema[],
): SelectColumn[] => {
  const byAlias = new Map<string, SelectColumn>();

  for (const column of fields.flatMap(getFieldSelectColumns)) {
    byAlias.set(column.alias, column);
  }

  return [...byAlias.values()];
};
