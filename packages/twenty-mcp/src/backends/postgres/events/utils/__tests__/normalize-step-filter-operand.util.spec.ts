import { normalizeStepFilterOperand } from '../normalize-step-filter-operand.util';

describe('normalizeStepFilterOperand', () => {
  it.each([
    ['IS', 'IS'],
    ['IS_IN_PAST', 'IS_IN_PAST'],
    ['is', 'IS'],
    ['isNot', 'IS_NOT'],
    ['greaterThan', 'GREATER_THAN_OR_EQUAL'],
    ['lessThan', 'LESS_THAN_OR_EQUAL'],
    ['doesNotContain', 'DOES_NOT_CONTAIN'],
    ['isToday', 'IS_TODAY'],
    ['search', undefined],
    ['IS_EXACTLY', undefined],
    ['toString', undefined],
    ['Is', undefined],
  ])('%s → %s', (operand, expected) => {
    expect(normalizeStepFilterOperand(operand)).toBe(expected);
  });
});
