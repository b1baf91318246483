import { type CallLimitRefusal } from '../types/call-limit-refusal.type';

const WHAT: Record<CallLimitRefusal['kind'], (limit: number) => string> = {
  token_read: (limit) =>
    `Call limit reached: this token may make ${limit} read calls per hour.`,
  token_write: (limit) =>
    `Call limit reached: this token may make ${limit} write calls (create, update, delete, restore, destroy) per hour.`,
  workspace: (limit) =>
    `Call limit reached: the tokens of this workspace may make ${limit} tool calls per hour together.`,
};

// What a model reads when a call is over an hourly limit: which limit, its
// size, and when to retry, in seconds and as a time (the window is fixed,
// so waiting that long is enough).
export const describeCallLimitRefusal = (
  {
    kind,
    limit,
    retryAfterSeconds,
  }: Pick<CallLimitRefusal, 'kind' | 'limit' | 'retryAfterSeconds'>,
  now: Date,
  settingsUrl: string,
): string => {
  const retryAt = new Date(now.getTime() + retryAfterSeconds * 1000)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');

  return `${WHAT[kind](limit)} Retry in ${retryAfterSeconds} s (at ${retryAt}). A workspace admin can change the limits at ${settingsUrl}.`;
};
