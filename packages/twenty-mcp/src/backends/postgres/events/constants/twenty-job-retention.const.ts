// How long Twenty's BullMQ driver keeps finished jobs (QUEUE_RETENTION):
// completed ones 4 hours / 1000, failed ones 7 days / 1000.
export const TWENTY_JOB_RETENTION = {
  removeOnComplete: { age: 14_400, count: 1000 },
  removeOnFail: { age: 604_800, count: 1000 },
} as const;
