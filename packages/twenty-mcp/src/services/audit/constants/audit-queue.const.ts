// The audit queue on the module's Redis: its own prefix, so its keys never
// mix with Twenty's queues ("bull") in a shared Redis.
export const AUDIT_QUEUE = {
  name: 'audit-events',
  prefix: 'twenty-mcp',
  attempts: 8,
  backoffMs: 500,
  // Events held in memory while neither Redis nor PostgreSQL takes them;
  // beyond it the oldest are dropped, logged as lost.
  maxBufferedEvents: 20_000,
  // Events in Redis are confirmed by this process's worker; ones another
  // instance's worker took are checked in PostgreSQL after this long.
  confirmAfterMs: 30_000,
  sweepIntervalMs: 10_000,
  // How long a settings read stays valid for the argument opt-in.
  settingsTtlMs: 10_000,
  // At shutdown, how long to keep trying to store what is held in memory.
  shutdownDrainMs: 15_000,
} as const;
