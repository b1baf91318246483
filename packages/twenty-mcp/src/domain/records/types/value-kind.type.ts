// How a filterable/sortable value behaves, whatever field type holds it:
// a CURRENCY `amount` is a CURRENCY_AMOUNT, a FULL_NAME `firstName` a TEXT,
// a many-to-one join column a UUID.
export type ValueKind =
  | 'TEXT'
  | 'UUID'
  | 'NUMBER'
  | 'NUMERIC'
  | 'BOOLEAN'
  | 'DATE_TIME'
  | 'DATE'
  | 'SELECT'
  | 'RATING'
  | 'MULTI_SELECT'
  | 'ARRAY'
  | 'JSON'
  | 'CURRENCY_AMOUNT';
