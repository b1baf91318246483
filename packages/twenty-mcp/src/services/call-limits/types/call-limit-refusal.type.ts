import { type CallLimitKind } from './call-limit-kind.type';

// A tool call over one of its hourly limits: which, how many calls it
// allows, how long until its window ends, and what the caller reads.
export type CallLimitRefusal = {
  kind: CallLimitKind;
  limit: number;
  retryAfterSeconds: number;
  message: string;
};
