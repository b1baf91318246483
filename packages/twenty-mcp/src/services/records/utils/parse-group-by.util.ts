import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { DATE_GRANULARITIES } from '../../../domain/records/constants/date-granularities.const';
import { GROUP_BY_USAGE } from '../constants/group-by-usage.const';
import { type DateGranularity } from '../../../domain/records/types/date-granularity.type';
import { type PreparedGroupBy } from '../../../domain/records/types/prepared-group-by.type';
import { type QueryTarget } from '../../../domain/records/types/query-target.type';
import { formatLeafPath } from './format-leaf-path.util';
import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { limitExceeded } from '../../../domain/exceptions/utils/limit-exceeded.util';
import { readObjectList } from './read-object-list.util';
import { readOptionalString } from './read-optional-string.util';
import { resolveFieldLeaf } from './resolve-field-leaf.util';

// Up to maxGroupByFields dimensions `{ field, subField?, granularity? }`;
// dates get a granularity (DAY unless said otherwise), nothing else may.
export const parseGroupBy = (
  target: QueryTarget,
  groupBy: unknown,
): PreparedGroupBy[] => {
  const items = readObjectList(groupBy, 'groupBy', '{ "field": "stage" }');

  if (items.length > QUERY_LIMITS.maxGroupByFields) {
    throw limitExceeded(
      `groupBy takes at most ${QUERY_LIMITS.maxGroupByFields} fields`,
    );
  }

  return items.map((item) => {
    const field = readOptionalString(item, 'field', 'groupBy');

    if (field === undefined) {
      throw invalidArgument('Each groupBy item needs a "field"');
    }

    const leaf = resolveFieldLeaf(
      target,
      field,
      readOptionalString(item, 'subField', 'groupBy'),
      GROUP_BY_USAGE,
    );
    const granularity = readOptionalString(item, 'granularity', 'groupBy');
    const path = formatLeafPath(leaf);

    if (leaf.kind !== 'DATE' && leaf.kind !== 'DATE_TIME') {
      if (granularity !== undefined) {
        throw invalidArgument(
          `granularity applies to dates only, not to "${path}"`,
        );
      }

      return { leaf, granularity: null, label: path };
    }

    if (
      granularity !== undefined &&
      !(DATE_GRANULARITIES as readonly string[]).includes(granularity)
    ) {
      throw invalidArgument(
        `Unknown granularity "${granularity}" for "${path}". Use one of: ${formatNameList(DATE_GRANULARITIES)}`,
      );
    }

    const resolved = (granularity ?? 'DAY') as DateGranularity;

    return { leaf, granularity: resolved, label: `${path}:${resolved}` };
  });
};
