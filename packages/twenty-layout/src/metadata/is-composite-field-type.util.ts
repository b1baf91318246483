import { COMPOSITE_TYPE_DEFINITIONS } from './composite-type-definitions.const';
import { type FieldMetadataType } from './field-metadata-type.enum';

export const isCompositeFieldType = (type: FieldMetadataType): boolean =>
  COMPOSITE_TYPE_DEFINITIONS[type] !== undefined;
