import { type IndexAdvice } from '@twenty-mcp/twenty-mcp';

// The statements to run, each once, one per line: what `--format sql`
// prints and scripts consume.
export const listIndexStatements = (
  advice: readonly IndexAdvice[],
): string[] => [
  ...new Set(
    advice.flatMap(({ statement, servedBy }) =>
      statement && !servedBy ? [statement] : [],
    ),
  ),
];
