import { type LatencyStats } from '../types/latency-stats.type';
import { percentile } from './percentile.util';

// p50/p95/p99 and mean of one run's response times (milliseconds).
export const summarizeLatencies = (
  samples: readonly number[],
): LatencyStats => {
  const sorted = [...samples].sort((a, b) => a - b);

  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
  };
};
