import { type FieldLeaf } from '../../../domain/records/types/field-leaf.type';
import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';

const DESCRIPTIONS: Record<FieldLeaf['kind'], string> = {
  TEXT: 'a string',
  UUID: 'a uuid',
  NUMBER: 'a number',
  NUMERIC: 'a number or a decimal string, e.g. "1234.567"',
  BOOLEAN: 'true or false',
  DATE_TIME: 'an ISO 8601 date-time, e.g. "2026-11-24T09:30:00Z"',
  DATE: 'a date "YYYY-MM-DD"',
  SELECT: 'an option value',
  RATING: 'a rating value',
  MULTI_SELECT: 'an option value',
  ARRAY: 'a string',
  JSON: 'JSON',
  CURRENCY_AMOUNT: 'an amount in currency units, e.g. 1250.5',
};

// "must be …" text of an error message.
export const describeExpectedValue = (
  leaf: Pick<FieldLeaf, 'kind' | 'options'>,
): string =>
  leaf.options
    ? `one of: ${formatNameList(leaf.options)}`
    : DESCRIPTIONS[leaf.kind];
