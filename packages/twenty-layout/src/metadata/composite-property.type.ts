import { type FieldMetadataType } from './field-metadata-type.enum';

export type CompositeProperty = {
  name: string;
  type: FieldMetadataType;
  isRequired: boolean;
  isIncludedInUniqueConstraint: boolean;
  // Option values when the property is itself a SELECT (ACTOR source).
  options?: readonly string[];
};
