import { type Selection } from '../../../../domain/records/types/selection.type';
import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { isOneToManyField } from '../../../../domain/workspace/utils/is-one-to-many-field.util';

// The whole record, as Twenty's events carry it whoever wrote it: every
// field but one-to-many lists, trashed-at included.
export const buildEventSelection = (object: ObjectSchema): Selection => ({
  fields: object.fields.filter((field) => !isOneToManyField(field)),
  manyToOne: [],
  oneToMany: [],
});
