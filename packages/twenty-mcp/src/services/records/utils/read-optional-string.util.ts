import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';

// An optional string property of an untrusted object.
export const readOptionalString = (
  source: Record<string, unknown>,
  key: string,
  label: string,
): string | undefined => {
  const value = source[key];

  if (value === undefined || value === null) {
    return undefined;
  }

  if (typeof value !== 'string') {
    throw invalidArgument(`${label} "${key}" must be a string`);
  }

  return value;
};
