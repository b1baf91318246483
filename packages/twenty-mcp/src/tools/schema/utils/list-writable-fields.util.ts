import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type ObjectView } from '../types/object-view.type';
import { isStandardRecordField } from './is-standard-record-field.util';
import { listReadableFields } from './list-readable-fields.util';

const NOT_WRITABLE_TYPES = new Set<FieldMetadataType>([
  FieldMetadataType.ACTOR,
  FieldMetadataType.FILES,
]);

// The fields one caller may set on create and update: readable, updatable
// for the role, and writable in the record format (no standard fields,
// actors, files or one-to-many relations).
export const listWritableFields = ({
  object,
  access,
}: Pick<ObjectView, 'object' | 'access'>): FieldSchema[] =>
  listReadableFields({ object, access }).filter(
    (field) =>
      access.updatableFieldNames.has(field.name) &&
      !isStandardRecordField(field.name) &&
      !NOT_WRITABLE_TYPES.has(field.type) &&
      field.relation?.direction !== 'ONE_TO_MANY',
  );
