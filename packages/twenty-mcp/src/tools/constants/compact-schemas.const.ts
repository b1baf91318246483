import { QUERY_LIMITS } from '../../domain/records/constants/query-limits.const';
import { type JsonSchema } from '../types/json-schema.type';

// Schema fragments shared by the compact tools. Per-object detail (fields,
// allowed values, operators) comes from describe_object, so these stay small.
export const COMPACT_SCHEMAS = {
  record: {
    type: 'object',
    properties: { id: { type: 'string', format: 'uuid' } },
    required: ['id'],
  },
  filter: {
    type: 'object',
    description:
      'Twenty filter: {"<field>": {"<operator>": value}}, composite sub-fields nested ({"name": {"lastName": {"eq": "Chen"}}}), relations by id field ({"companyId": {"eq": "…"}}), combined with "and"/"or" (arrays) and "not". describe_object lists fields and operators.',
  },
  orderBy: {
    type: 'array',
    maxItems: 5,
    items: { type: 'object' },
    description:
      'e.g. [{"closeDate": "AscNullsLast"}] or [{"name": {"lastName": "DescNullsFirst"}}]; directions AscNullsFirst, AscNullsLast, DescNullsFirst, DescNullsLast. Default: newest first.',
  },
  fields: {
    type: 'array',
    items: { type: 'string' },
    uniqueItems: true,
    description:
      'Field names to return (default: all readable fields). id is always returned.',
  },
  expand: {
    type: 'array',
    items: { type: 'string' },
    uniqueItems: true,
    description: `Relation fields to expand one level: many-to-one as the related record, one-to-many as {totalCount, records} (at most ${QUERY_LIMITS.maxExpandedRelationRecords}).`,
  },
  ids: {
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    minItems: 1,
    maxItems: QUERY_LIMITS.maxIdsPerCall,
    uniqueItems: true,
  },
  deleted: {
    type: 'string',
    enum: ['exclude', 'include', 'only'],
    default: 'exclude',
    description:
      'Soft-deleted records are in the trash: exclude them (default), include them, or only them.',
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
