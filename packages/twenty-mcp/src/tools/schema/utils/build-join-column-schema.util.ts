import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type JsonSchema } from '../types/json-schema.type';
import { buildFieldDescription } from './build-field-description.util';
import { withDescription } from './with-description.util';
import { withNull } from './with-null.util';

const UUID_SCHEMA: JsonSchema = { type: 'string', format: 'uuid' };

// The `<field>Id` value of a many-to-one relation (read and written alike),
// described with the relation's metadata and target object.
export const buildJoinColumnSchema = (field: FieldSchema): JsonSchema =>
  withDescription(
    field.isNullable ? withNull(UUID_SCHEMA) : UUID_SCHEMA,
    buildFieldDescription(field),
  );
