import { z } from 'zod';

import { QUERY_LIMITS } from '../../domain/records/constants/query-limits.const';
import { uniqueArray } from '../utils/unique-array.util';

// Argument fragments shared by the compact tools. Per-object detail
// (fields, allowed values, operators) comes from describe_object, so these
// stay small; filters and orderings are parsed against the model by
// RecordsService.
export const COMPACT_ARG_SCHEMAS = {
  filter: z
    .looseObject({})
    .describe(
      'Twenty filter: {"<field>": {"<operator>": value}}, composite sub-fields nested ({"name": {"lastName": {"eq": "Chen"}}}), relations by id field ({"companyId": {"eq": "…"}}), combined with "and"/"or" (arrays) and "not". describe_object lists fields and operators.',
    ),
  orderBy: z
    .array(z.looseObject({}))
    .max(5)
    .describe(
      'e.g. [{"closeDate": "AscNullsLast"}] or [{"name": {"lastName": "DescNullsFirst"}}]; directions AscNullsFirst, AscNullsLast, DescNullsFirst, DescNullsLast. Default: by id (stable, fast on any size, not by date): for the newest first, ask [{"createdAt": "DescNullsLast"}].',
    ),
  fields: uniqueArray(z.string()).describe(
    'Field names to return (default: all readable fields). id is always returned.',
  ),
  expand: uniqueArray(z.string()).describe(
    `Relation fields to expand one level: many-to-one as the related record, one-to-many as {totalCount, records} (at most ${QUERY_LIMITS.maxExpandedRelationRecords}).`,
  ),
  ids: uniqueArray(z.guid()).min(1).max(QUERY_LIMITS.maxIdsPerCall),
  deleted: z
    .enum(['exclude', 'include', 'only'])
    .default('exclude')
    .describe(
      'Soft-deleted records are in the trash: exclude them (default), include them, or only them.',
    ),
};
