import { summarizeLatencies } from '../summarize-latencies.util';

describe('summarizeLatencies', () => {
  it('should give nearest-rank percentiles and the mean of unsorted samples', () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index);

    expect(summarizeLatencies(samples)).toEqual({
      p50: 50,
      p95: 95,
      p99: 99,
      mean: 50.5,
    });
  });
});
