import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

// An IANA zone name (`Europe/Paris`, `UTC`) both Node and PostgreSQL know.
export const validateTimeZone = (timeZone: unknown): string => {
  const error = invalidArgument(
    `timeZone must be an IANA time zone such as "UTC" or "Europe/Paris"`,
  );

  if (typeof timeZone !== 'string' || !ZONE_NAME.test(timeZone)) {
    throw error;
  }

  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw error;
  }

  return timeZone;
};
