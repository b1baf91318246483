import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldDescription } from '../types/field-description.type';
import { type ObjectDescription } from '../types/object-description.type';

// Twenty gives every custom object a `name` text field unless it brings its own.
const CUSTOM_OBJECT_NAME_FIELD: FieldDescription = {
  name: 'name',
  type: FieldMetadataType.TEXT,
  label: 'Name',
  description: 'Name',
  icon: 'IconAbc',
};

export const getOwnFieldDescriptions = (
  description: ObjectDescription,
): FieldDescription[] =>
  description.isCustom &&
  !description.fields.some((field) => field.name === 'name')
    ? [CUSTOM_OBJECT_NAME_FIELD, ...description.fields]
    : description.fields;
