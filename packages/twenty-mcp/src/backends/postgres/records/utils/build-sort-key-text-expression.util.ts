import { type FieldLeaf } from '../../../../domain/records/types/field-leaf.type';
import { quoteIdentifier } from './quote-identifier.util';
import { getLeafColumn } from '../../../../domain/records/utils/get-leaf-column.util';

// A sort value as exact text for a cursor: timestamps to the microsecond
// in UTC (a JS Date would drop microseconds and break the keyset), dates
// independent of DateStyle, floats in PostgreSQL's round-trip format.
export const buildSortKeyTextExpression = (leaf: FieldLeaf): string => {
  const column = quoteIdentifier(getLeafColumn(leaf));

  switch (leaf.kind) {
    case 'DATE_TIME':
      return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    case 'DATE':
      return `to_char(${column}, 'YYYY-MM-DD')`;
    default:
      return `${column}::text`;
  }
};
