import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { type FilterNode } from '../../../domain/records/types/filter-node.type';
import { type FilterParseState } from '../types/filter-parse-state.type';
import { type QueryTarget } from '../../../domain/records/types/query-target.type';
import { combineFilterNodes } from './combine-filter-nodes.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { limitExceeded } from '../../../domain/exceptions/utils/limit-exceeded.util';
import { parseActivityTargetsFilter } from './parse-activity-targets-filter.util';
import { parseFieldFilter } from './parse-field-filter.util';
import { resolveVisibleActivityTargets } from './resolve-visible-activity-targets.util';

const parseFilterObject = (
  filter: unknown,
  depth: number,
  state: FilterParseState,
): FilterNode | null => {
  if (depth > QUERY_LIMITS.maxFilterDepth) {
    throw limitExceeded(
      `Filters nest at most ${QUERY_LIMITS.maxFilterDepth} levels deep`,
    );
  }

  if (!isPlainObject(filter)) {
    throw invalidArgument(
      'A filter is an object whose keys are field names or "and", "or", "not"',
    );
  }

  const nodes = Object.entries(filter).flatMap(([key, value]): FilterNode[] => {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) {
        throw invalidArgument(`"${key}" takes an array of filters`);
      }

      const children = value
        .map((child) => parseFilterObject(child, depth + 1, state))
        .filter((child): child is FilterNode => child !== null);

      if (key === 'or' && children.length === 0) {
        throw invalidArgument('"or" needs at least one non-empty filter');
      }

      return children.length === 0 ? [] : [{ kind: key, children }];
    }

    if (key === 'not') {
      const child = parseFilterObject(value, depth + 1, state);

      if (!child) {
        throw invalidArgument('"not" needs a non-empty filter');
      }

      return [{ kind: 'not', child }];
    }

    const activityTargets =
      key === ACTIVITY_TARGETS_KEY
        ? resolveVisibleActivityTargets(state.target)
        : null;

    return activityTargets
      ? parseActivityTargetsFilter(activityTargets, value, state)
      : parseFieldFilter(key, value, state);
  });

  return combineFilterNodes(nodes);
};

// Twenty's filter grammar (record-format.md) → a validated AST, or null
// when there is nothing to filter on.
export const parseFilter = (
  target: QueryTarget,
  filter: unknown,
): FilterNode | null => {
  if (filter === undefined || filter === null) {
    return null;
  }

  return parseFilterObject(filter, 1, { target, conditionCount: 0 });
};
