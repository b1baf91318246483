// What every surface answers while the database circuit is open.
export const DATABASE_UNREACHABLE_MESSAGE =
  'The CRM database is unreachable; retry in a few seconds.';
