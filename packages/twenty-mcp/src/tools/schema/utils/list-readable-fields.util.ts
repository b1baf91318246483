import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { STANDARD_RECORD_FIELD_NAMES } from '../constants/standard-record-field-names.const';
import { type ObjectView } from '../types/object-view.type';
import { isExposedField } from './is-exposed-field.util';

// `id` first, then the object's own fields in metadata order, then the
// other standard fields.
const rank = (field: FieldSchema): number => {
  const standardIndex = STANDARD_RECORD_FIELD_NAMES.indexOf(field.name);

  if (standardIndex === -1) {
    return 0;
  }

  return standardIndex === 0 ? -1 : standardIndex;
};

// The fields one caller sees in records, in output order.
export const listReadableFields = ({
  object,
  access,
}: Pick<ObjectView, 'object' | 'access'>): FieldSchema[] =>
  object.fields
    .filter(
      (field) =>
        isExposedField(field) && access.readableFieldNames.has(field.name),
    )
    .sort((left, right) => rank(left) - rank(right));
