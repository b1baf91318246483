import { type FieldLeaf } from '../../../domain/records/types/field-leaf.type';
import { isUuid } from '../../../domain/values/utils/is-uuid.util';
import { isValidIsoDate } from '../../../domain/values/utils/is-valid-iso-date.util';

const FLOAT_TEXT = /^(-?\d+(\.\d+)?(e[+-]?\d+)?|NaN|-?Infinity)$/i;
const NUMERIC_TEXT = /^(-?\d+(\.\d+)?|NaN|-?Infinity)$/;
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

// Cursors are not signed, so their values are checked like input before
// they reach a cast (a bad one would otherwise be a database error).
export const isValidCursorValue = (leaf: FieldLeaf, value: string): boolean => {
  switch (leaf.kind) {
    case 'UUID':
      return isUuid(value);
    case 'NUMBER':
      return FLOAT_TEXT.test(value);
    case 'NUMERIC':
    case 'CURRENCY_AMOUNT':
      return NUMERIC_TEXT.test(value);
    case 'BOOLEAN':
      return value === 'true' || value === 'false';
    case 'DATE':
      return isValidIsoDate(value);
    case 'DATE_TIME':
      return TIMESTAMP_TEXT.test(value) && isValidIsoDate(value.slice(0, 10));
    case 'SELECT':
    case 'RATING':
      return leaf.options?.includes(value) ?? false;
    default:
      return true;
  }
};
