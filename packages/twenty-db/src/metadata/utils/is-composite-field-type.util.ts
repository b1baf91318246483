import { COMPOSITE_TYPE_DEFINITIONS } from '../constants/composite-type-definitions.const';
import { type FieldMetadataType } from '../types/field-metadata-type.enum';

export const isCompositeFieldType = (type: FieldMetadataType): boolean =>
  COMPOSITE_TYPE_DEFINITIONS[type] !== undefined;
