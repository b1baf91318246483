import { type StepFilterOperand } from '../types/step-filter-operand.type';
import { type StepFilterOutcome } from '../types/step-filter-outcome.type';
import { parseFilterInstant } from './parse-filter-instant.util';

const NANOSECONDS_PER_DAY = 86_400_000_000_000n;
const NOT_READ = { unevaluable: 'a date it cannot read exactly as Twenty' };

// An operand as an instant: null when Twenty's engine cannot read it
// either (no value, empty text), 'unknown' for text other than ISO 8601 and
// for non-text values, which Twenty versions read differently.
const readInstant = (value: unknown): bigint | null | 'unknown' => {
  if (value === null || value === undefined || value === '') {
    return null;
  }

  return typeof value === 'string'
    ? (parseFilterInstant(value) ?? 'unknown')
    : 'unknown';
};

// The UTC calendar day of an instant, floored for instants before 1970.
const utcDay = (instant: bigint): bigint =>
  instant >= 0n
    ? instant / NANOSECONDS_PER_DAY
    : -((-instant + NANOSECONDS_PER_DAY - 1n) / NANOSECONDS_PER_DAY);

// A DATE / DATE_TIME filter as Twenty's engine decides it: emptiness first;
// then a record value it cannot read fails the condition whatever the
// operand; "is" is the same UTC day, "is today" today's UTC day (now: when
// the write's jobs are planned, as Twenty evaluates on the write's event),
// before / after and past / future strict comparisons. Relative dates
// (IS_RELATIVE) are not evaluated.
export const evaluateDateStepFilter = (
  operand: StepFilterOperand,
  left: unknown,
  right: unknown,
  now: Date,
): StepFilterOutcome => {
  if (operand === 'IS_EMPTY') {
    return left === null || left === undefined || left === '';
  }

  if (operand === 'IS_NOT_EMPTY') {
    return !(left === null || left === undefined || left === '');
  }

  const leftInstant = readInstant(left);

  if (leftInstant === 'unknown') {
    return NOT_READ;
  }

  if (leftInstant === null) {
    return false;
  }

  const nowInstant = BigInt(now.getTime()) * 1_000_000n;
  const compareWithRight = (
    decide: (rightInstant: bigint) => boolean,
  ): StepFilterOutcome => {
    const rightInstant = readInstant(right);

    if (rightInstant === 'unknown') {
      return NOT_READ;
    }

    return rightInstant !== null && decide(rightInstant);
  };

  switch (operand) {
    case 'IS':
      return compareWithRight(
        (rightInstant) => utcDay(leftInstant) === utcDay(rightInstant),
      );
    case 'IS_IN_PAST':
      return leftInstant < nowInstant;
    case 'IS_IN_FUTURE':
      return leftInstant > nowInstant;
    case 'IS_TODAY':
      return utcDay(leftInstant) === utcDay(nowInstant);
    case 'IS_BEFORE':
      return compareWithRight((rightInstant) => leftInstant < rightInstant);
    case 'IS_AFTER':
      return compareWithRight((rightInstant) => leftInstant > rightInstant);
    case 'IS_RELATIVE':
      return { unevaluable: 'a relative date (IS_RELATIVE)' };
    default:
      return {
        unevaluable: `operand ${operand} on a date, which Twenty refuses`,
      };
  }
};
