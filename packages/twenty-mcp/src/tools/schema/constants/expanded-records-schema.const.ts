import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { type JsonSchema } from '../types/json-schema.type';

// A one-to-many relation expanded with `expand`.
export const EXPANDED_RECORDS_SCHEMA: JsonSchema = {
  type: 'object',
  description: `With expand: the related records (id, label field; at most ${QUERY_LIMITS.maxExpandedRelationRecords})`,
  properties: {
    totalCount: { type: 'integer' },
    records: {
      type: 'array',
      maxItems: QUERY_LIMITS.maxExpandedRelationRecords,
      items: {
        type: 'object',
        properties: { id: { type: 'string', format: 'uuid' } },
        required: ['id'],
      },
    },
  },
  required: ['totalCount', 'records'],
};
