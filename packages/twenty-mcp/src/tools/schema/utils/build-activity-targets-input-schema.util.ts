import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { type JsonSchema } from '../types/json-schema.type';
import { type ObjectView } from '../types/object-view.type';
import { getActivityTargetsView } from './get-activity-targets-view.util';

// The `targets` input of a note or task the caller may link, else null.
export const buildActivityTargetsInputSchema = (
  view: ObjectView,
): JsonSchema | null => {
  const targets = getActivityTargetsView(view);

  if (!targets?.canWrite) {
    return null;
  }

  return {
    type: 'array',
    description: `Records this ${view.object.labelSingular.toLowerCase()} is about. On update: replaces all links ([] = none)`,
    maxItems: QUERY_LIMITS.maxTargetsPerRecord,
    items: {
      type: 'object',
      properties: {
        object: { type: 'string', enum: [...targets.objectNames] },
        id: { type: 'string', format: 'uuid' },
      },
      required: ['object', 'id'],
      additionalProperties: false,
    },
  };
};
