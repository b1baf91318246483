import { type JsonSchema } from '../types/json-schema.type';

const idList = { type: 'array', items: { type: 'string' } };
const labelled = {
  type: 'array',
  items: {
    type: 'object',
    properties: { id: { type: 'string' }, label: { type: ['string', 'null'] } },
    required: ['id', 'label'],
  },
};
const objectIds = {
  type: 'array',
  items: {
    type: 'object',
    properties: { objectName: { type: 'string' }, ids: idList },
    required: ['objectName', 'ids'],
  },
};

// erase_person's own parts of its result: what the preview says will go
// (`erasure`) and, once confirmed, what went (`erased`, `ids`).
export const ERASURE_OUTPUT_PROPERTIES: Record<string, JsonSchema> = {
  object: { type: 'string' },
  ids: {
    ...idList,
    description:
      'Every record erased or changed: the person, erased and unlinked notes and tasks, records whose contact details were cleared.',
  },
  erased: {
    type: 'object',
    properties: {
      personId: { type: 'string' },
      activities: objectIds,
      unlinkedActivities: objectIds,
      clearedContacts: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            objectName: { type: 'string' },
            fieldName: { type: 'string' },
            ids: idList,
          },
          required: ['objectName', 'fieldName', 'ids'],
        },
      },
      timelineEntries: { type: 'integer' },
    },
    required: [
      'personId',
      'activities',
      'unlinkedActivities',
      'clearedContacts',
      'timelineEntries',
    ],
  },
  erasure: {
    type: 'object',
    description: 'What the erasure would remove or change, in detail.',
    properties: {
      activities: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            object: { type: 'string' },
            erasedCount: { type: 'integer' },
            erased: labelled,
            unlinkedCount: { type: 'integer' },
            unlinked: labelled,
          },
          required: [
            'object',
            'erasedCount',
            'erased',
            'unlinkedCount',
            'unlinked',
          ],
        },
      },
      contactFields: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            object: { type: 'string' },
            field: { type: 'string' },
            recordCount: { type: 'integer' },
          },
          required: ['object', 'field', 'recordCount'],
        },
      },
      timelineEntries: { type: 'integer' },
      notCovered: { type: 'string' },
    },
    required: ['activities', 'contactFields', 'timelineEntries', 'notCovered'],
  },
};
