import { type ColumnDescriptor } from '../types/column-descriptor.type';
import { type ValueKind } from '../../../../domain/records/types/value-kind.type';
import { buildEnumTypeReference } from './build-enum-type-reference.util';
import { internalError } from '../../../../domain/exceptions/utils/internal-error.util';

const CASTS: Record<
  Exclude<ValueKind, 'SELECT' | 'RATING' | 'MULTI_SELECT'>,
  string
> = {
  TEXT: 'text',
  UUID: 'uuid',
  NUMBER: 'double precision',
  NUMERIC: 'numeric',
  CURRENCY_AMOUNT: 'numeric',
  BOOLEAN: 'boolean',
  DATE_TIME: 'timestamptz',
  DATE: 'date',
  ARRAY: 'text[]',
  JSON: 'jsonb',
};

// The SQL type a bind parameter for this column is cast to, so enums
// compare as enums and text never meets a uuid by accident.
export const getSqlCast = (
  descriptor: ColumnDescriptor,
  schemaName: string,
): string => {
  const { kind, enumTypeName } = descriptor;

  if (kind === 'SELECT' || kind === 'RATING' || kind === 'MULTI_SELECT') {
    if (!enumTypeName) {
      throw internalError(
        `Enum column "${descriptor.column}" has no enum type`,
      );
    }

    const reference = buildEnumTypeReference(schemaName, enumTypeName);

    return kind === 'MULTI_SELECT' ? `${reference}[]` : reference;
  }

  return CASTS[kind];
};
