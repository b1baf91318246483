import { type ValueKind } from '../types/value-kind.type';

// Kinds whose filter does not depend on the field, so one `$defs` entry
// serves every field of that kind. SELECT and MULTI_SELECT filters carry
// the field's options and stay inline; RATING shares one when its options
// are the standard ones.
export const SHARED_FILTER_DEF_NAME_BY_KIND: Partial<
  Record<ValueKind, string>
> = {
  text: 'TextFilter',
  integer: 'IntegerFilter',
  number: 'NumberFilter',
  numeric: 'NumericFilter',
  boolean: 'BooleanFilter',
  date: 'DateFilter',
  dateTime: 'DateTimeFilter',
  uuid: 'UuidFilter',
  rating: 'RatingFilter',
  stringArray: 'StringArrayFilter',
  json: 'JsonFilter',
};
