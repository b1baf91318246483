import { type Selection } from '../../../domain/records/types/selection.type';
import {
  type FieldSchema,
  type ObjectSchema,
} from '../../../domain/workspace/types/workspace-schema.type';

// A selection of `id` and the given fields, nothing expanded.
export const buildIdSelection = (
  object: ObjectSchema,
  fields: readonly FieldSchema[] = [],
): Selection => ({
  fields: object.fields.filter(
    (field) => field.name === 'id' || fields.includes(field),
  ),
  manyToOne: [],
  oneToMany: [],
});
