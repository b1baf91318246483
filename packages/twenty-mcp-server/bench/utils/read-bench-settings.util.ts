import { type BenchSettings } from '../types/bench-settings.type';

const FULL: BenchSettings = {
  quick: false,
  runs: 3,
  latencySeconds: 4,
  throughputSeconds: 4,
  throughputConnections: 32,
  sqlIterations: 400,
  memoryCalls: 100_000,
  people: 1_000_000,
  objectCounts: [11, 101, 501],
};

// BENCH_QUICK=1: every step, at sizes that finish in minutes.
const QUICK: BenchSettings = {
  ...FULL,
  quick: true,
  latencySeconds: 1,
  throughputSeconds: 1,
  sqlIterations: 50,
  memoryCalls: 2_000,
  people: 20_000,
  objectCounts: [11, 31, 61],
};

const positive = (
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
): number => {
  const value = env[name];

  if (value === undefined || value === '') {
    return fallback;
  }

  const number = Number(value);

  if (!Number.isFinite(number) || number <= 0) {
    throw new Error(`${name} must be a positive number, got "${value}"`);
  }

  return number;
};

// The bench's settings from BENCH_* variables over the full (or quick)
// defaults.
export const readBenchSettings = (env: NodeJS.ProcessEnv): BenchSettings => {
  const base = env.BENCH_QUICK === '1' ? QUICK : FULL;
  const objectCounts = env.BENCH_OBJECTS
    ? env.BENCH_OBJECTS.split(',').map((count) => Number(count.trim()))
    : base.objectCounts;

  if (objectCounts.some((count) => !Number.isInteger(count) || count < 11)) {
    throw new Error(
      `BENCH_OBJECTS must list whole numbers >= 11 (the standard objects), got "${env.BENCH_OBJECTS}"`,
    );
  }

  return {
    quick: base.quick,
    runs: Math.round(positive(env, 'BENCH_RUNS', base.runs)),
    latencySeconds: positive(env, 'BENCH_LATENCY_SECONDS', base.latencySeconds),
    throughputSeconds: positive(
      env,
      'BENCH_THROUGHPUT_SECONDS',
      base.throughputSeconds,
    ),
    throughputConnections: Math.round(
      positive(env, 'BENCH_CONNECTIONS', base.throughputConnections),
    ),
    sqlIterations: Math.round(
      positive(env, 'BENCH_SQL_ITERATIONS', base.sqlIterations),
    ),
    memoryCalls: Math.round(
      positive(env, 'BENCH_MEMORY_CALLS', base.memoryCalls),
    ),
    people: Math.round(positive(env, 'BENCH_PEOPLE', base.people)),
    objectCounts,
  };
};
