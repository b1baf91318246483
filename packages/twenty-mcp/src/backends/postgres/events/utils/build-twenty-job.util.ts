import { TWENTY_JOB_RETENTION } from '../constants/twenty-job-retention.const';
import { type TWENTY_QUEUES } from '../constants/twenty-queues.const';
import { type TwentyJob } from '../types/twenty-job.type';

// One job as Twenty's BullMQ driver adds it: attempts = 1 + retryLimit,
// the queue's priority, its retention, no job id.
export const buildTwentyJob = (
  queue: (typeof TWENTY_QUEUES)[keyof typeof TWENTY_QUEUES],
  jobName: string,
  data: unknown,
  retryLimit = 0,
): TwentyJob => ({
  queueName: queue.name,
  jobName,
  data,
  options: {
    priority: queue.priority,
    attempts: 1 + retryLimit,
    ...TWENTY_JOB_RETENTION,
  },
});
