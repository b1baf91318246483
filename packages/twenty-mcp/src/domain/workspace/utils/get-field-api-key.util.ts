import { type FieldSchema } from '../types/workspace-schema.type';
import { isManyToOneField } from './is-many-to-one-field.util';

// The key a field has in API records and filters: its name, or its join
// column (`companyId`) for a many-to-one relation.
export const getFieldApiKey = (field: FieldSchema): string =>
  isManyToOneField(field) ? field.relation.joinColumnName : field.name;
