import { type JsonSchema } from '../types/json-schema.type';

// The preview a two-phase tool answers its first call with
// (docs/guardrails.md); merged into the tool's own output schema.
export const CONFIRMATION_PREVIEW_PROPERTIES: Record<string, JsonSchema> = {
  confirmationRequired: {
    const: true,
    description:
      'Present on a preview: nothing was changed. Read nextStep and ask the user.',
  },
  confirmationToken: {
    type: 'string',
    description:
      'Send back as confirmationToken, with the same arguments, to carry out exactly this operation once.',
  },
  expiresAt: { type: 'string', format: 'date-time' },
  matchedCount: {
    type: 'integer',
    description: 'Records the operation would change.',
  },
  sample: {
    type: 'array',
    description: 'Some of those records, with their display names.',
    items: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        label: { type: ['string', 'null'] },
      },
      required: ['id', 'label'],
    },
  },
  unmatchedIds: {
    type: 'array',
    items: { type: 'string' },
    description: 'Ids that match no record the operation would change.',
  },
  effect: { type: 'string', description: 'What the operation does.' },
  relatedRecords: {
    type: 'array',
    description:
      'Records of other objects linking to these, and what destroying does to them.',
    items: {
      type: 'object',
      properties: {
        object: { type: 'string' },
        field: { type: 'string' },
        onDelete: { type: 'string' },
        effect: { type: 'string' },
      },
      required: ['object', 'field', 'onDelete', 'effect'],
    },
  },
  nextStep: { type: 'string' },
};

export const CONFIRMATION_PREVIEW_REQUIRED = [
  'confirmationRequired',
  'confirmationToken',
  'expiresAt',
  'matchedCount',
  'sample',
  'unmatchedIds',
  'effect',
  'nextStep',
];
