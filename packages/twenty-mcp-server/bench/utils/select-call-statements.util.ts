import { type CapturedStatement } from '../types/captured-statement.type';

// The statements sent while one call was in flight, [sentAt, answeredAt]
// on the shared clock, without their timestamps: what the server did
// before it answered, not the asynchronous work (audit writes) after.
export const selectCallStatements = (
  statements: readonly CapturedStatement[],
  sentAt: number,
  answeredAt: number,
): CapturedStatement[] =>
  statements
    .filter(
      (statement) =>
        statement.at === undefined ||
        (statement.at >= sentAt && statement.at <= answeredAt),
    )
    .map(({ at: _at, ...statement }) => statement);
