// How big and how long the bench runs (docs/benchmark.md lists the knobs).
export type BenchSettings = {
  quick: boolean;
  // Runs per figure; each figure is the median of its runs.
  runs: number;
  latencySeconds: number;
  throughputSeconds: number;
  throughputConnections: number;
  sqlIterations: number;
  memoryCalls: number;
  people: number;
  // Object counts of the generated workspaces (standard objects included).
  objectCounts: number[];
};
