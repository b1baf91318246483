import { type CapturedStatement } from '../types/captured-statement.type';

// Splits the statements of one call into the tool's own (they read the
// workspace schema) and the rest: credential and settings lookups,
// transaction control, session settings.
export const classifyStatements = (
  statements: readonly CapturedStatement[],
  workspaceSchema: string,
): { tool: CapturedStatement[]; overhead: CapturedStatement[] } => ({
  tool: statements.filter((statement) =>
    statement.text.includes(workspaceSchema),
  ),
  overhead: statements.filter(
    (statement) => !statement.text.includes(workspaceSchema),
  ),
});
