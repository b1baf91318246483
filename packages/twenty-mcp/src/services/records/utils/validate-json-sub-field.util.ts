import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';

// Object keys each list item of a composite JSON sub-field may have.
const ITEM_KEYS: Record<string, readonly string[] | null> = {
  additionalEmails: null,
  additionalPhones: ['number', 'countryCode', 'callingCode'],
  secondaryLinks: ['url', 'label'],
};

// additionalEmails: string[]; additionalPhones: [{ number, countryCode,
// callingCode }]; secondaryLinks: [{ url, label }].
export const validateJsonSubField = (
  subField: string,
  value: unknown,
  label: string,
): unknown[] | null => {
  if (value === null) {
    return null;
  }

  const keys = ITEM_KEYS[subField];
  const isValidItem = (item: unknown) =>
    keys === null || keys === undefined
      ? typeof item === 'string'
      : isPlainObject(item) &&
        Object.entries(item).every(
          ([key, inner]) =>
            keys.includes(key) && (typeof inner === 'string' || inner === null),
        );

  if (!Array.isArray(value) || !value.every(isValidItem)) {
    throw invalidArgument(
      keys
        ? `${label} must be an array of { ${keys.join(', ')} } objects with string values`
        : `${label} must be an array of strings`,
    );
  }

  return value;
};
