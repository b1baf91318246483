import { type FieldSchema } from '../../workspace/types/workspace-schema.type';
import { type QueryTarget } from '../types/query-target.type';

// An expanded record is `{ id, <label identifier> }`.
export const getExpansionFields = (
  { object }: QueryTarget,
  labelField: FieldSchema | null,
): FieldSchema[] => {
  const idField = object.fields.find((field) => field.name === 'id');

  return [idField, labelField].filter(
    (field): field is FieldSchema => field !== undefined && field !== null,
  );
};
