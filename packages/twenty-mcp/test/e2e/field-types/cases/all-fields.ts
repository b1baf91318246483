import { COMPOSITE_CASES } from './composites';
import { DATE_CASES } from './dates';
import { type FieldCase } from '../utils/field-case';
import { RELATION_CASES } from './relations';
import { SELECT_AND_ARRAY_CASES } from './selects-and-arrays';
import { TEXT_AND_NUMBER_CASES } from './text-and-numbers';

// Every writable field of the custom objects, one case each.
export const FIELD_CASES: FieldCase[] = [
  ...TEXT_AND_NUMBER_CASES,
  ...DATE_CASES,
  ...SELECT_AND_ARRAY_CASES,
  ...COMPOSITE_CASES,
  ...RELATION_CASES,
];
