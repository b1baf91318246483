import { STORABLE_NUMBER_BOUNDS } from '../../../domain/records/constants/storable-number-bounds.const';
import { CURRENCY_MICROS_SCALE } from '../../../domain/records/constants/currency-micros-scale.const';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';

const abs = (value: bigint) => (value < 0n ? -value : value);

// A numeric value a write is about to store, refused when its column or
// the aggregates over it could not hold it (STORABLE_NUMBER_BOUNDS).
export const assertStorableNumber = (
  kind: 'NUMBER' | 'CURRENCY_AMOUNT',
  value: number | string,
  label: string,
): void => {
  if (kind === 'NUMBER') {
    if (Math.abs(Number(value)) > STORABLE_NUMBER_BOUNDS.number) {
      throw invalidArgument(
        `${label} must be between -${STORABLE_NUMBER_BOUNDS.number} and ${STORABLE_NUMBER_BOUNDS.number}`,
      );
    }

    return;
  }

  // Micros arrive as integer text (unitsToMicros).
  if (abs(BigInt(value)) > STORABLE_NUMBER_BOUNDS.currencyMicros) {
    const units = STORABLE_NUMBER_BOUNDS.currencyMicros
      .toString()
      .replace(new RegExp(`(\\d{${CURRENCY_MICROS_SCALE}})$`), '.$1');

    throw invalidArgument(
      `${label} must be between -${units} and ${units} currency units`,
    );
  }
};
