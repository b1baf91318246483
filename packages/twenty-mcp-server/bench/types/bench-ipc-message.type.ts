import { type CapturedStatement } from './captured-statement.type';

// Messages between the bench and the preload running inside a server
// child, over the child's IPC channel.
export type BenchIpcRequest =
  | { type: 'bench:capture-start' }
  | { type: 'bench:capture-stop' }
  | { type: 'bench:memory' }
  | { type: 'bench:cpu' };

export type BenchIpcReply =
  | { type: 'bench:capture-started' }
  | { type: 'bench:captured'; statements: CapturedStatement[] }
  | { type: 'bench:memory'; heapUsed: number; rss: number; gc: boolean }
  | { type: 'bench:cpu'; microseconds: number };
