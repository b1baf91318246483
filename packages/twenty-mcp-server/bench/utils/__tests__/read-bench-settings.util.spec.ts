import { readBenchSettings } from '../read-bench-settings.util';

describe('readBenchSettings', () => {
  it('should default to the full bench: a million people, 11/101/501 objects, 3 runs', () => {
    expect(readBenchSettings({})).toMatchObject({
      quick: false,
      runs: 3,
      people: 1_000_000,
      memoryCalls: 100_000,
      throughputConnections: 32,
      objectCounts: [11, 101, 501],
    });
  });

  it('should shrink every size with BENCH_QUICK=1', () => {
    const quick = readBenchSettings({ BENCH_QUICK: '1' });

    expect(quick.quick).toBe(true);
    expect(quick.people).toBeLessThan(1_000_000);
    expect(quick.memoryCalls).toBeLessThan(100_000);
    expect(quick.runs).toBeGreaterThanOrEqual(3);
  });

  it('should take BENCH_* overrides', () => {
    expect(
      readBenchSettings({
        BENCH_PEOPLE: '5000',
        BENCH_RUNS: '5',
        BENCH_OBJECTS: '11, 51',
        BENCH_LATENCY_SECONDS: '2.5',
      }),
    ).toMatchObject({
      people: 5_000,
      runs: 5,
      objectCounts: [11, 51],
      latencySeconds: 2.5,
    });
  });

  it('should refuse a value that is not a positive number, naming the variable', () => {
    expect(() => readBenchSettings({ BENCH_PEOPLE: 'many' })).toThrow(
      'BENCH_PEOPLE',
    );
    expect(() => readBenchSettings({ BENCH_OBJECTS: '5' })).toThrow(
      'BENCH_OBJECTS',
    );
  });
});
