import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type ObjectSchema } from '../types/workspace-schema.type';

// Objects with a searchVector column can be searched.
export const hasSearchVector = (object: ObjectSchema): boolean =>
  object.fields.some(
    (field) =>
      field.name === 'searchVector' &&
      field.type === FieldMetadataType.TS_VECTOR,
  );
