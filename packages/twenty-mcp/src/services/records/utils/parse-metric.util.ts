import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { AGGREGATE_OPERATIONS } from '../../../domain/records/constants/aggregate-operations.const';
import { METRIC_USAGES } from '../constants/metric-usages.const';
import { type AggregateOperation } from '../../../domain/records/types/aggregate-operation.type';
import { type PreparedMetric } from '../../../domain/records/types/prepared-metric.type';
import { type QueryTarget } from '../../../domain/records/types/query-target.type';
import { findReadableField } from '../../../domain/workspace/utils/find-readable-field.util';
import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isCompositeLeafField } from '../../../domain/workspace/utils/is-composite-leaf-field.util';
import { readOptionalString } from './read-optional-string.util';
import { resolveFieldLeaf } from './resolve-field-leaf.util';

const EMPTINESS_OPERATIONS = new Set<AggregateOperation>([
  'COUNT_EMPTY',
  'COUNT_NOT_EMPTY',
  'PERCENTAGE_EMPTY',
  'PERCENTAGE_NOT_EMPTY',
]);

// One metric `{ op, field?, subField? }`: COUNT counts records; every
// other operation names a field (a CURRENCY field means its amount;
// emptiness may take a whole composite field).
export const parseMetric = (
  target: QueryTarget,
  item: Record<string, unknown>,
): PreparedMetric => {
  const op = item.op as AggregateOperation;
  const key = readOptionalString(item, 'field', 'metric');
  const subField = readOptionalString(item, 'subField', 'metric');

  if (!AGGREGATE_OPERATIONS.includes(op)) {
    throw invalidArgument(
      `Unknown metric op "${String(item.op)}". Use one of: ${formatNameList(AGGREGATE_OPERATIONS)}`,
    );
  }

  if (op === 'COUNT') {
    if (key !== undefined) {
      throw invalidArgument(
        'COUNT counts records and takes no field; use COUNT_NOT_EMPTY to count values of a field',
      );
    }

    return { op, field: null, leaf: null, label: 'COUNT' };
  }

  if (key === undefined) {
    throw invalidArgument(`${op} needs a field`);
  }

  const usage = METRIC_USAGES[op];
  const field = findReadableField(target, key);
  const label = `${op}(${subField ? `${key}.${subField}` : key})`;

  if (field && !subField && isCompositeLeafField(field)) {
    if (EMPTINESS_OPERATIONS.has(op)) {
      return { op, field, leaf: null, label };
    }

    if (field.type === FieldMetadataType.CURRENCY) {
      return {
        op,
        field,
        leaf: resolveFieldLeaf(target, key, 'amount', usage),
        label,
      };
    }
  }

  const leaf = resolveFieldLeaf(target, key, subField, usage);

  return { op, field: leaf.field, leaf, label };
};
