import { RECORD_COMPOSITE_SUB_FIELDS } from '../constants/record-composite-sub-fields.const';
import { SCHEMA_DEF_NAMES } from '../constants/schema-def-names.const';
import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type JsonSchema } from '../types/json-schema.type';
import { buildFieldDescription } from './build-field-description.util';
import { buildFieldValueSchema } from './build-field-value-schema.util';
import { buildJoinColumnSchema } from './build-join-column-schema.util';
import { defRef } from './def-ref.util';
import { getCompositeDefName } from './get-composite-def-name.util';
import { getJoinColumnKey } from './get-join-column-key.util';
import { isExpandableRelation } from './is-expandable-relation.util';
import { withDescription } from './with-description.util';

// The record keys one readable field shows, with their value schemas: a
// many-to-one relation its `<field>Id` and, when expandable, `<field>`; a
// one-to-many relation only its expansion; a composite a reference to its
// shared shape; anything else its value.
export const buildOutputFieldSchemas = ({
  field,
  readableObjectNames,
}: {
  field: FieldSchema;
  readableObjectNames?: ReadonlySet<string>;
}): Record<string, JsonSchema> => {
  const expandable = isExpandableRelation({ field, readableObjectNames });

  if (field.relation?.direction === 'MANY_TO_ONE') {
    return {
      [getJoinColumnKey(field)]: buildJoinColumnSchema(field),
      ...(expandable
        ? { [field.name]: defRef(SCHEMA_DEF_NAMES.expandedRecord) }
        : {}),
    };
  }

  if (field.relation) {
    return expandable
      ? {
          [field.name]: withDescription(
            defRef(SCHEMA_DEF_NAMES.expandedRecords),
            buildFieldDescription(field),
          ),
        }
      : {};
  }

  if (RECORD_COMPOSITE_SUB_FIELDS[field.type]) {
    return {
      [field.name]: withDescription(
        defRef(getCompositeDefName(field.type)),
        buildFieldDescription(field),
      ),
    };
  }

  const schema = buildFieldValueSchema({ field, mode: 'output' });

  return schema ? { [field.name]: schema } : {};
};
