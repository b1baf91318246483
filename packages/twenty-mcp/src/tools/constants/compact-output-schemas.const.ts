import { type JsonSchema } from '../types/json-schema.type';

// Output schema fragments shared by the compact tools.
export const COMPACT_OUTPUT_SCHEMAS = {
  record: {
    type: 'object',
    properties: { id: { type: 'string', format: 'uuid' } },
    required: ['id'],
  },
  pageInfo: {
    type: 'object',
    properties: {
      hasNextPage: { type: 'boolean' },
      endCursor: {
        type: ['string', 'null'],
        description: 'Pass as `after` for the next page.',
      },
    },
    required: ['hasNextPage', 'endCursor'],
  },
} satisfies Record<string, JsonSchema>;
