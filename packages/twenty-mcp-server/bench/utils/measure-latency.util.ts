import { performance } from 'node:perf_hooks';

import { type LatencyStats } from '../types/latency-stats.type';
import { percentile } from './percentile.util';

const WARMUP_ITERATIONS = 20;

// Sequential calls (concurrency 1) after a warm-up, so the numbers are
// per-request latency, not throughput.
export const measureLatency = async (
  iterations: number,
  run: () => Promise<void>,
): Promise<LatencyStats> => {
  for (let index = 0; index < WARMUP_ITERATIONS; index += 1) {
    await run();
  }

  const samples: number[] = [];

  for (let index = 0; index < iterations; index += 1) {
    const startedAt = performance.now();

    await run();
    samples.push(performance.now() - startedAt);
  }

  samples.sort((a, b) => a - b);

  const round = (value: number) => Math.round(value * 100) / 100;

  return {
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    mean: round(
      samples.reduce((sum, value) => sum + value, 0) / samples.length,
    ),
  };
};
