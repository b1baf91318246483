import { type ValueKind } from '../types/value-kind.type';
import { type FilterOperatorFamily } from '../../../domain/records/constants/filter-operator-families.const';

// Which operator group each kind of value is filtered with.
export const FILTER_OPERATOR_GROUP_BY_KIND: Record<
  ValueKind,
  FilterOperatorFamily
> = {
  text: 'text',
  integer: 'ordered',
  number: 'ordered',
  numeric: 'ordered',
  date: 'ordered',
  dateTime: 'ordered',
  rating: 'ordered',
  uuid: 'equality',
  select: 'equality',
  boolean: 'equality',
  multiSelect: 'multiSelect',
  stringArray: 'array',
  json: 'json',
};
