import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';

// An optional array of objects (groupBy, metrics, orderBy).
export const readObjectList = (
  value: unknown,
  name: string,
  example: string,
): Record<string, unknown>[] => {
  if (value === undefined || value === null) {
    return [];
  }

  if (!Array.isArray(value) || !value.every(isPlainObject)) {
    throw invalidArgument(
      `${name} must be an array of objects like ${example}`,
    );
  }

  return value;
};
