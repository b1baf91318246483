import { type FieldSchema } from '../types/workspace-schema.type';
import { type QueryTarget } from '../../records/types/query-target.type';
import { isReadableField } from './is-readable-field.util';

// The target's label identifier, if the caller may read it (and it is not
// just `id`, which expansions return anyway).
export const findLabelField = ({
  object,
  access,
}: QueryTarget): FieldSchema | null => {
  const field = object.fields.find(
    (candidate) => candidate.name === object.labelIdentifierFieldName,
  );

  return field && field.name !== 'id' && isReadableField(field, access)
    ? field
    : null;
};
