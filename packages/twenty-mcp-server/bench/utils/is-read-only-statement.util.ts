import { type CapturedStatement } from '../types/captured-statement.type';

const READ_ONLY =
  /^\s*(SELECT|WITH|BEGIN|START\s+TRANSACTION|COMMIT|ROLLBACK|SET|RESET|SHOW)\b/i;

// Whether a captured statement may be run again as is: reads, transaction
// control and session settings. A write run again would change the data
// (or fail on a unique key), so it is never replayed.
export const isReadOnlyStatement = (statement: CapturedStatement): boolean =>
  READ_ONLY.test(statement.text) &&
  !/^\s*WITH\b[\s\S]*\b(INSERT|UPDATE|DELETE)\b/i.test(statement.text);
