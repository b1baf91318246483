import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { ACTIVITY_TARGET_FILTER_OPERATORS } from '../../../domain/records/constants/activity-target-filter-operators.const';
import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { type FilterActivityTargetNode } from '../../../domain/records/types/filter-node.type';
import { type FilterParseState } from '../types/filter-parse-state.type';
import { type VisibleActivityTargets } from '../../../domain/records/types/visible-activity-targets.type';
import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { getActivityTargetFilterKey } from './get-activity-target-filter-key.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { isUuid } from '../../../domain/values/utils/is-uuid.util';
import { limitExceeded } from '../../../domain/exceptions/utils/limit-exceeded.util';

const countCondition = (state: FilterParseState) => {
  state.conditionCount += 1;

  if (state.conditionCount > QUERY_LIMITS.maxFilterConditions) {
    throw limitExceeded(
      `Filters have at most ${QUERY_LIMITS.maxFilterConditions} conditions`,
    );
  }
};

const toIds = (path: string, operator: string, raw: unknown): string[] => {
  const values = operator === 'in' ? raw : [raw];

  if (!Array.isArray(values)) {
    throw invalidArgument(`Filter "${path}" in takes an array of record ids`);
  }

  if (values.length > QUERY_LIMITS.maxInValues) {
    throw limitExceeded(
      `Filter "${path}" in has ${values.length} values; at most ${QUERY_LIMITS.maxInValues} are allowed`,
    );
  }

  const invalid = values.find((value) => !isUuid(value));

  if (invalid !== undefined) {
    throw invalidArgument(
      `Filter "${path}" ${operator}: "${String(invalid)}" is not a record id (uuid)`,
    );
  }

  return [...new Set((values as string[]).map((id) => id.toLowerCase()))];
};

// `{ "companyId": { "eq": "…" }, "personId": { "in": […] } }` under
// `targets` → one condition per operator, ANDed like any filter keys.
export const parseActivityTargetsFilter = (
  visible: VisibleActivityTargets,
  value: unknown,
  state: FilterParseState,
): FilterActivityTargetNode[] => {
  const keys = visible.targets.map(({ objectName }) =>
    getActivityTargetFilterKey(objectName),
  );

  if (!isPlainObject(value) || Object.keys(value).length === 0) {
    throw invalidArgument(
      `Filter "${ACTIVITY_TARGETS_KEY}" takes an object such as { "${keys[0]}": { "eq": <id> } }; keys: ${formatNameList(keys)}`,
    );
  }

  return Object.entries(value).flatMap(([key, operators]) => {
    const target = visible.targets.find(
      ({ objectName }) => getActivityTargetFilterKey(objectName) === key,
    );
    const path = `${ACTIVITY_TARGETS_KEY}.${key}`;

    if (!target) {
      throw invalidArgument(
        `Unknown key "${key}" in filter "${ACTIVITY_TARGETS_KEY}". Keys: ${formatNameList(keys)}`,
      );
    }

    if (!isPlainObject(operators) || Object.keys(operators).length === 0) {
      throw invalidArgument(
        `Filter "${path}" needs an operator object, e.g. { "eq": <id> }. Operators: ${formatNameList(ACTIVITY_TARGET_FILTER_OPERATORS)}`,
      );
    }

    return Object.entries(operators).map(
      ([operator, raw]): FilterActivityTargetNode => {
        if (
          !(ACTIVITY_TARGET_FILTER_OPERATORS as readonly string[]).includes(
            operator,
          )
        ) {
          throw invalidArgument(
            `Operator "${operator}" is not available on "${path}". Operators: ${formatNameList(ACTIVITY_TARGET_FILTER_OPERATORS)}`,
          );
        }

        countCondition(state);

        return {
          kind: 'activityTarget',
          junctionObjectName: visible.schema.junctionObjectName,
          activityJoinColumn: visible.schema.activityJoinColumn,
          joinColumnName: target.joinColumnName,
          ids: toIds(path, operator, raw),
        };
      },
    );
  });
};
