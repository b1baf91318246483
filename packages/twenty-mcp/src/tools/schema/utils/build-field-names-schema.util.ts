import { type JsonSchema } from '../types/json-schema.type';
import { type ObjectView } from '../types/object-view.type';
import { getJoinColumnKey } from './get-join-column-key.util';
import { listReadableFields } from './list-readable-fields.util';

// `fields`: top-level keys of the record to return, as records show them
// (`companyId` for a many-to-one relation). One-to-many relations come
// only through `expand`.
export const buildFieldNamesSchema = ({
  object,
  access,
}: ObjectView): JsonSchema => {
  const names = listReadableFields({ object, access }).flatMap((field) => {
    if (!field.relation) {
      return [field.name];
    }

    return field.relation.direction === 'MANY_TO_ONE'
      ? [getJoinColumnKey(field)]
      : [];
  });

  return {
    type: 'array',
    items: { type: 'string', enum: names },
    uniqueItems: true,
  };
};
