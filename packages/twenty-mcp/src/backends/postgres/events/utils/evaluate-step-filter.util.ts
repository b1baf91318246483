import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type ResolvedStepFilter } from '../types/resolved-step-filter.type';
import { type StepFilterOutcome } from '../types/step-filter-outcome.type';
import { areLooselyEqual } from './are-loosely-equal.util';
import { evaluateDateStepFilter } from './evaluate-date-step-filter.util';
import { evaluateTextStepFilter } from './evaluate-text-step-filter.util';
import { isNonEmptyTextOrArray } from './is-non-empty-text-or-array.util';
import { parseRatingRank } from './parse-rating-rank.util';
import { stepFilterContains } from './step-filter-contains.util';

// Filter types Twenty's engine names besides our layout's field types:
// workflow output schemas' lower-case kinds, and the rich-text type of
// other Twenty versions.
const OTHER_KNOWN_TYPES = ['number', 'array', 'boolean', 'RICH_TEXT_V2'];
const TEXT_TYPES = [
  'TEXT',
  'MULTI_SELECT',
  'FULL_NAME',
  'EMAILS',
  'PHONES',
  'ADDRESS',
  'LINKS',
  'ARRAY',
  'array',
  'RAW_JSON',
];

type Decide = (filter: ResolvedStepFilter) => StepFilterOutcome;

const refused = ({ operand, type }: ResolvedStepFilter) => ({
  unevaluable: `operand ${operand} on a ${type} filter, which Twenty refuses`,
});

const isNonEmptyString = (value: unknown): boolean =>
  typeof value === 'string' && value !== '';

const isAbsent = (value: unknown): boolean =>
  value === null || value === undefined || value === '';

const relationId = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && 'id' in value
    ? value.id
    : value;

// 'true' / 'false' as booleans, anything else as it is.
const readBoolean = (value: unknown): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

const decideNumber: Decide = (filter) => {
  const { operand, left, right } = filter;

  switch (operand) {
    case 'GREATER_THAN_OR_EQUAL':
      return Number(left) >= Number(right);
    case 'LESS_THAN_OR_EQUAL':
      return Number(left) <= Number(right);
    case 'IS':
      return Number(left) === Number(right);
    case 'IS_NOT':
      return Number(left) !== Number(right);
    case 'IS_EMPTY':
      return isAbsent(left);
    case 'IS_NOT_EMPTY':
      return !isAbsent(left);
    default:
      return refused(filter);
  }
};

const decideSelect: Decide = (filter) => {
  const { operand, left, right } = filter;

  switch (operand) {
    case 'IS':
      return stepFilterContains(left, right);
    case 'IS_NOT':
      return !stepFilterContains(left, right);
    case 'IS_EMPTY':
      return !isNonEmptyTextOrArray(left);
    case 'IS_NOT_EMPTY':
      return isNonEmptyTextOrArray(left);
    default:
      return refused(filter);
  }
};

// Ids compared: a related record (enriched relation) stands for its id.
const decideRelation: Decide = (filter) => {
  const left = relationId(filter.left);
  const right = relationId(filter.right);

  switch (filter.operand) {
    case 'IS':
      return left === right;
    case 'IS_NOT':
      return left !== right;
    case 'IS_EMPTY':
      return !isNonEmptyString(left);
    case 'IS_NOT_EMPTY':
      return isNonEmptyString(left);
    default:
      return refused(filter);
  }
};

const decideUuid: Decide = (filter) => {
  const { operand, left, right } = filter;

  switch (operand) {
    case 'IS':
      return left === right;
    case 'IS_NOT':
      return left !== right;
    case 'IS_EMPTY':
      return !isNonEmptyString(left);
    case 'IS_NOT_EMPTY':
      return isNonEmptyString(left);
    default:
      return refused(filter);
  }
};

const decideBoolean: Decide = (filter) =>
  filter.operand === 'IS'
    ? readBoolean(filter.left) === readBoolean(filter.right)
    : refused(filter);

// Stored 'RATING_<n>' values compared by rank.
const decideRating: Decide = (filter) => {
  const left = parseRatingRank(filter.left);
  const right = parseRatingRank(filter.right);

  switch (filter.operand) {
    case 'IS':
      return left !== undefined && left === right;
    case 'IS_NOT':
      return left === undefined || left !== right;
    case 'GREATER_THAN_OR_EQUAL':
      return left !== undefined && right !== undefined && left >= right;
    case 'LESS_THAN_OR_EQUAL':
      return left !== undefined && right !== undefined && left <= right;
    case 'IS_EMPTY':
      return left === undefined;
    case 'IS_NOT_EMPTY':
      return left !== undefined;
    default:
      return refused(filter);
  }
};

// The currency code like a select; the amount (amountMicros) as a number.
const decideCurrency: Decide = (filter) => {
  if (filter.subFieldName !== 'currencyCode') {
    return decideNumber(filter);
  }

  const { operand, left, right } = filter;

  switch (operand) {
    case 'IS':
      return stepFilterContains(left, right);
    case 'IS_NOT':
      return !stepFilterContains(left, right);
    case 'IS_EMPTY':
      return !isNonEmptyString(left);
    case 'IS_NOT_EMPTY':
      return isNonEmptyString(left);
    default:
      return refused(filter);
  }
};

// createdBy / updatedBy: the source like a select, the workspace member like
// a relation, the name like text.
const decideActor: Decide = (filter) =>
  filter.subFieldName === 'source'
    ? decideSelect(filter)
    : filter.subFieldName === 'workspaceMemberId'
      ? decideRelation(filter)
      : evaluateTextStepFilter(
          filter.operand,
          filter.left,
          filter.right,
          'TEXT',
          filter.subFieldName,
        );

// Field types Twenty's engine has no rule for (RICH_TEXT, FILES,
// POSITION…): loose equality, text / list emptiness, contains, numeric
// comparisons.
const decideOther: Decide = (filter) => {
  const { operand, left, right } = filter;

  switch (operand) {
    case 'IS':
      return areLooselyEqual(left, right);
    case 'IS_NOT':
      return !areLooselyEqual(left, right);
    case 'IS_EMPTY':
      return !isNonEmptyTextOrArray(left);
    case 'IS_NOT_EMPTY':
      return isNonEmptyTextOrArray(left);
    case 'CONTAINS':
      return stepFilterContains(left, right);
    case 'DOES_NOT_CONTAIN':
      return !stepFilterContains(left, right);
    case 'GREATER_THAN_OR_EQUAL':
      return Number(left) >= Number(right);
    case 'LESS_THAN_OR_EQUAL':
      return Number(left) <= Number(right);
    default:
      return refused(filter);
  }
};

const DECIDE_BY_TYPE: Readonly<Record<string, Decide>> = {
  NUMBER: decideNumber,
  NUMERIC: decideNumber,
  number: decideNumber,
  SELECT: decideSelect,
  BOOLEAN: decideBoolean,
  boolean: decideBoolean,
  UUID: decideUuid,
  RATING: decideRating,
  RELATION: decideRelation,
  CURRENCY: decideCurrency,
  ACTOR: decideActor,
};

// One condition of a record filter, by filter type, as Twenty's workflow
// filter engine decides it (docs/twenty-events.md). A type that is neither
// a field type nor one of the engine's schema kinds is not evaluated.
export const evaluateStepFilter = (
  filter: ResolvedStepFilter,
  now: Date,
): StepFilterOutcome => {
  const { type, operand, left, right, subFieldName } = filter;

  if (type === 'DATE' || type === 'DATE_TIME') {
    return evaluateDateStepFilter(operand, left, right, now);
  }

  if (TEXT_TYPES.includes(type)) {
    return evaluateTextStepFilter(operand, left, right, type, subFieldName);
  }

  if (Object.hasOwn(DECIDE_BY_TYPE, type)) {
    return DECIDE_BY_TYPE[type](filter);
  }

  return (Object.values(FieldMetadataType) as string[]).includes(type) ||
    OTHER_KNOWN_TYPES.includes(type)
    ? decideOther(filter)
    : {
        unevaluable: `an unknown filter type ${JSON.stringify(type).slice(0, 40)}`,
      };
};
