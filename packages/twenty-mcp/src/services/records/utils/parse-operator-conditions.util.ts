import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { FILTER_OPERATORS } from '../../../domain/records/constants/filter-operators.const';
import { OPERATORS_BY_VALUE_KIND } from '../../../domain/records/constants/operators-by-value-kind.const';
import { type FieldLeaf } from '../../../domain/records/types/field-leaf.type';
import { type FilterConditionNode } from '../../../domain/records/types/filter-node.type';
import { type FilterOperator } from '../../../domain/records/types/filter-operator.type';
import { type FilterParseState } from '../types/filter-parse-state.type';
import { coerceFilterValue } from './coerce-filter-value.util';
import { formatLeafPath } from './format-leaf-path.util';
import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { limitExceeded } from '../../../domain/exceptions/utils/limit-exceeded.util';

const isFilterOperator = (key: string): key is FilterOperator =>
  (FILTER_OPERATORS as readonly string[]).includes(key);

// `{ "gt": 1, "lt": 5 }` on one leaf → one condition per operator (ANDed).
export const parseOperatorConditions = (
  leaf: FieldLeaf,
  operators: unknown,
  state: FilterParseState,
): FilterConditionNode[] => {
  const path = formatLeafPath(leaf);
  const allowed = OPERATORS_BY_VALUE_KIND[leaf.kind];

  if (!isPlainObject(operators) || Object.keys(operators).length === 0) {
    throw invalidArgument(
      `Filter "${path}" needs an operator object, e.g. { "${allowed[0]}": … }. Operators: ${formatNameList(allowed)}`,
    );
  }

  return Object.entries(operators).map(([operator, raw]) => {
    if (!isFilterOperator(operator) || !allowed.includes(operator)) {
      throw invalidArgument(
        `Operator "${operator}" is not available on "${path}". Operators: ${formatNameList(allowed)}`,
      );
    }

    state.conditionCount += 1;

    if (state.conditionCount > QUERY_LIMITS.maxFilterConditions) {
      throw limitExceeded(
        `Filters have at most ${QUERY_LIMITS.maxFilterConditions} conditions`,
      );
    }

    return {
      kind: 'condition',
      field: leaf.field.name,
      subField: leaf.subField,
      operator,
      value: coerceFilterValue(leaf, operator, raw),
    };
  });
};
