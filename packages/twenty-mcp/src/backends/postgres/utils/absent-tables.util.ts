// A Twenty database found without a table is not asked again for this
// long: one failed lookup a minute, not one per request, and an upgrade of
// Twenty is still noticed without a restart.
const ABSENT_TABLE_RECHECK_MS = 60_000;

// Tables (by any name the caller picks, e.g. schema-qualified) recently
// found missing.
export class AbsentTables {
  private readonly recheckAt = new Map<string, number>();

  isKnownAbsent(table: string): boolean {
    return (this.recheckAt.get(table) ?? 0) > Date.now();
  }

  markAbsent(table: string): void {
    this.recheckAt.set(table, Date.now() + ABSENT_TABLE_RECHECK_MS);
  }
}
