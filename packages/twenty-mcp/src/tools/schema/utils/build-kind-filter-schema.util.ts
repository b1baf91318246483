import { FILTER_OPERATOR_GROUP_BY_KIND } from '../constants/filter-operator-group-by-kind.const';
import { FILTER_OPERATORS } from '../../../domain/records/constants/filter-operator-families.const';
import { type JsonSchema } from '../types/json-schema.type';
import { type ValueKind } from '../types/value-kind.type';
import { buildOperatorFilterSchema } from './build-operator-filter-schema.util';

// The operators one kind of value allows, each typed by `operand` (inline
// or a `$defs` reference).
export const buildKindFilterSchema = ({
  kind,
  operand,
}: {
  kind: ValueKind;
  operand: JsonSchema;
}): JsonSchema =>
  buildOperatorFilterSchema({
    operators: FILTER_OPERATORS[FILTER_OPERATOR_GROUP_BY_KIND[kind]],
    value: operand,
  });
