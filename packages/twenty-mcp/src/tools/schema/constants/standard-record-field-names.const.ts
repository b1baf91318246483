import { SYSTEM_FIELD_NAMES } from '@twenty-mcp/twenty-layout';

// System fields every record shows (read-only), in output order after the
// object's own fields; `id` comes first. position and searchVector are
// never shown.
export const STANDARD_RECORD_FIELD_NAMES: readonly string[] =
  SYSTEM_FIELD_NAMES.filter(
    (name) => name !== 'position' && name !== 'searchVector',
  );
