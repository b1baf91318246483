// One autocannon run against one request.
export type LoadRun = {
  requests: number;
  failures: number;
  // The first failed check, to say what went wrong.
  firstFailure: string | null;
  // Every response time, milliseconds.
  latencies: number[];
  durationSeconds: number;
};
