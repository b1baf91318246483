import { ACTIVITY_TARGET_FILTER_OPERATORS } from '../../../domain/records/constants/activity-target-filter-operators.const';
import { getActivityTargetFilterKey } from '../../../services/records/utils/get-activity-target-filter-key.util';
import { SCHEMA_DEF_NAMES } from '../constants/schema-def-names.const';
import { type JsonSchema } from '../types/json-schema.type';
import { type ObjectView } from '../types/object-view.type';
import { buildOperatorFilterSchema } from './build-operator-filter-schema.util';
import { defRef } from './def-ref.util';
import { getActivityTargetsView } from './get-activity-targets-view.util';

const UUID_SCHEMA: JsonSchema = { type: 'string', format: 'uuid' };

// The `targets` filter of a note or task (`{ "companyId": { "eq": … } }`:
// linked to that record) and the operator def it refers to, else null.
export const buildActivityTargetsFilterSchema = (
  view: ObjectView,
): { schema: JsonSchema; defs: Record<string, JsonSchema> } | null => {
  const targets = getActivityTargetsView(view);

  if (!targets) {
    return null;
  }

  const keys = targets.objectNames.map(getActivityTargetFilterKey);

  return {
    schema: {
      type: 'object',
      description: `${view.object.labelPlural} linked to these records`,
      propertyNames: { enum: keys },
      additionalProperties: defRef(SCHEMA_DEF_NAMES.targetIdFilter),
    },
    defs: {
      [SCHEMA_DEF_NAMES.targetIdFilter]: buildOperatorFilterSchema({
        operators: ACTIVITY_TARGET_FILTER_OPERATORS,
        value: UUID_SCHEMA,
      }),
    },
  };
};
