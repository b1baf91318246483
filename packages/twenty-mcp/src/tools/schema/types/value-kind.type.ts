// How a scalar value (a field or a composite sub-field) behaves in the
// record format: its JSON shape, its filter operators, whether it sorts.
export type ValueKind =
  | 'text'
  | 'integer'
  | 'number'
  | 'numeric'
  | 'boolean'
  | 'date'
  | 'dateTime'
  | 'uuid'
  | 'select'
  | 'rating'
  | 'multiSelect'
  | 'stringArray'
  | 'json';
