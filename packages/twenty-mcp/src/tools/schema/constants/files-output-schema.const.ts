import { type JsonSchema } from '../types/json-schema.type';

// A FILES value as read: `[{ fileId, label, extension }]` (read-only).
export const FILES_OUTPUT_SCHEMA: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      fileId: { type: 'string', format: 'uuid' },
      label: { type: 'string' },
      extension: { type: ['string', 'null'] },
    },
  },
};
