import { SYSTEM_FIELD_NAMES } from '@twenty-mcp/twenty-layout';

// Fields the server maintains (Twenty's system fields); writing them is an
// error, not a no-op.
export const READ_ONLY_FIELD_NAMES: ReadonlySet<string> = new Set(
  SYSTEM_FIELD_NAMES,
);
