import { STANDARD_RECORD_FIELD_NAMES } from '../constants/standard-record-field-names.const';

// Whether a field is one of the standard fields every record shows.
export const isStandardRecordField = (fieldName: string): boolean =>
  STANDARD_RECORD_FIELD_NAMES.includes(fieldName);
