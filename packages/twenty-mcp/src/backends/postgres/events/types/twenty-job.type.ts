import { type JobsOptions } from 'bullmq';

// One job as Twenty's BullMQ driver adds it: queue, job name (the
// processor class's name), payload and options.
export type TwentyJob = {
  queueName: string;
  jobName: string;
  data: unknown;
  options: JobsOptions;
};
