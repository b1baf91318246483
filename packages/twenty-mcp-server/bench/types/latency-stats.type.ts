// Milliseconds.
export type LatencyStats = {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
};
