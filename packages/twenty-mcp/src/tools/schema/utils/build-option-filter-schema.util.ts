import { type JsonSchema } from '../types/json-schema.type';
import { type ValueKind } from '../types/value-kind.type';
import { buildKindFilterSchema } from './build-kind-filter-schema.util';
import { buildKindOperandSchema } from './build-kind-operand-schema.util';
import { defRef } from './def-ref.util';

// The filter of a value with its own options (SELECT, MULTI_SELECT, a
// non-standard RATING, the actor source): the option enum is written once
// as `$defs[valueDefName]` and every operator refers to it.
export const buildOptionFilterSchema = ({
  kind,
  options,
  valueDefName,
}: {
  kind: ValueKind;
  options: readonly string[];
  valueDefName: string;
}): { schema: JsonSchema; defs: Record<string, JsonSchema> } => ({
  schema: buildKindFilterSchema({ kind, operand: defRef(valueDefName) }),
  defs: { [valueDefName]: buildKindOperandSchema({ kind, options }) },
});
