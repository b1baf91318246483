import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { type JsonSchema } from '../types/json-schema.type';

// `targets` of a note or task expanded with `expand`.
export const EXPANDED_TARGETS_SCHEMA: JsonSchema = {
  type: 'array',
  description: `With expand: the linked records (at most ${QUERY_LIMITS.maxExpandedTargets})`,
  items: {
    type: 'object',
    properties: {
      object: { type: 'string' },
      id: { type: 'string', format: 'uuid' },
      label: { type: ['string', 'null'] },
    },
    required: ['object', 'id', 'label'],
  },
};
