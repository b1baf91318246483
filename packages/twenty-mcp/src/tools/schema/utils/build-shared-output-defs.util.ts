import { type FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { EXPANDED_RECORD_SCHEMA } from '../constants/expanded-record-schema.const';
import { EXPANDED_RECORDS_SCHEMA } from '../constants/expanded-records-schema.const';
import { EXPANDED_TARGETS_SCHEMA } from '../constants/expanded-targets-schema.const';
import { RECORD_COMPOSITE_SUB_FIELDS } from '../constants/record-composite-sub-fields.const';
import { SCHEMA_DEF_NAMES } from '../constants/schema-def-names.const';
import { type JsonSchema } from '../types/json-schema.type';
import { buildCompositeValueSchema } from './build-composite-value-schema.util';
import { getCompositeDefName } from './get-composite-def-name.util';

// Defs a record output schema may refer to: expanded relations and one
// per composite type ("Links", "Actor"…), which objects often use twice.
export const buildSharedOutputDefs = (): Record<string, JsonSchema> => {
  const defs: Record<string, JsonSchema> = {
    [SCHEMA_DEF_NAMES.expandedRecord]: EXPANDED_RECORD_SCHEMA,
    [SCHEMA_DEF_NAMES.expandedRecords]: EXPANDED_RECORDS_SCHEMA,
    [SCHEMA_DEF_NAMES.expandedTargets]: EXPANDED_TARGETS_SCHEMA,
  };

  for (const type of Object.keys(RECORD_COMPOSITE_SUB_FIELDS)) {
    const compositeType = type as FieldMetadataType;
    const schema = buildCompositeValueSchema({
      type: compositeType,
      mode: 'output',
    });

    if (schema) {
      defs[getCompositeDefName(compositeType)] = schema;
    }
  }

  return defs;
};
