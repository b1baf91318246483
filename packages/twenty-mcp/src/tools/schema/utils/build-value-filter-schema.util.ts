import { type JsonSchema } from '../types/json-schema.type';
import { type ValueKind } from '../types/value-kind.type';
import { buildKindFilterSchema } from './build-kind-filter-schema.util';
import { buildKindOperandSchema } from './build-kind-operand-schema.util';
import { buildOptionFilterSchema } from './build-option-filter-schema.util';
import { defRef } from './def-ref.util';
import { getSharedFilterDefName } from './get-shared-filter-def-name.util';

// The filter of one value (a field or a composite sub-field): a reference
// to its kind's shared def when there is one; for values with their own
// options, an operator object referring to `$defs[valueDefName]` (inline
// without a name).
export const buildValueFilterSchema = ({
  kind,
  options = [],
  valueDefName,
}: {
  kind: ValueKind;
  options?: readonly string[];
  valueDefName?: string;
}): { schema: JsonSchema; defs: Record<string, JsonSchema> } => {
  const sharedDefName = getSharedFilterDefName({ kind, options });

  if (sharedDefName) {
    return { schema: defRef(sharedDefName), defs: {} };
  }

  // MULTI_SELECT compares its options once (containsAny): no def needed.
  if (options.length > 0 && valueDefName && kind !== 'multiSelect') {
    return buildOptionFilterSchema({ kind, options, valueDefName });
  }

  return {
    schema: buildKindFilterSchema({
      kind,
      operand: buildKindOperandSchema({ kind, options }),
    }),
    defs: {},
  };
};
