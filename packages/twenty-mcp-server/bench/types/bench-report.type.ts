import { type LatencyStats } from './latency-stats.type';

type ToolListSize = { tools: number; tokens: number };

export type BenchReport = {
  date: string;
  machine: { node: string; cpus: string; memoryGb: number; postgres: string };
  iterations: number;
  toolList: Record<
    'admin' | 'supportAgent',
    { compact: ToolListSize; perObject: ToolListSize }
  >;
  latency: (LatencyStats & {
    workspace: string;
    path: string;
    scenario: string;
  })[];
  memory: { rssMbBefore: number; rssMbAfter: number };
  large?: { people: number; generatedInSeconds: number };
};
