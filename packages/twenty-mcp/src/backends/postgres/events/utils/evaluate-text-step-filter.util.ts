import { type StepFilterOperand } from '../types/step-filter-operand.type';
import { type StepFilterOutcome } from '../types/step-filter-outcome.type';
import { areJsonValuesEqual } from './are-json-values-equal.util';
import { isNonEmptyTextOrArray } from './is-non-empty-text-or-array.util';
import { isNullEquivalentFilterValue } from './is-null-equivalent-filter-value.util';
import { stepFilterContains } from './step-filter-contains.util';

// A text or list filter (TEXT, MULTI_SELECT, ARRAY, RAW_JSON, the
// composite types' sub-fields) as Twenty's engine decides it: contains /
// does not contain (a value that is the field's empty value also matches an
// empty / rejects a non-empty record value), is / is not by deep equality,
// emptiness as non-empty text or list.
export const evaluateTextStepFilter = (
  operand: StepFilterOperand,
  left: unknown,
  right: unknown,
  type: string,
  subFieldName: string | undefined,
): StepFilterOutcome => {
  // Only asked when it decides the outcome: versions disagree on some values.
  const emptyValueDecides = (): StepFilterOutcome => {
    const isEmptyValue = isNullEquivalentFilterValue(type, subFieldName, right);

    return isEmptyValue === 'unknown'
      ? { unevaluable: `an empty-looking value on a ${type} filter` }
      : isEmptyValue;
  };

  switch (operand) {
    case 'CONTAINS':
      return (
        stepFilterContains(left, right) ||
        (!isNonEmptyTextOrArray(left) && emptyValueDecides())
      );
    case 'DOES_NOT_CONTAIN':
      return (
        !stepFilterContains(left, right) ||
        (isNonEmptyTextOrArray(left) && emptyValueDecides())
      );
    case 'IS':
      return areJsonValuesEqual(left, right);
    case 'IS_NOT':
      return !areJsonValuesEqual(left, right);
    case 'IS_EMPTY':
      return !isNonEmptyTextOrArray(left);
    case 'IS_NOT_EMPTY':
      return isNonEmptyTextOrArray(left);
    default:
      return {
        unevaluable: `operand ${operand} on a ${type} filter, which Twenty refuses`,
      };
  }
};
