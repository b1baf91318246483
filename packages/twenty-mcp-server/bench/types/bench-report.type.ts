import { type BenchOperationKey } from './bench-operation.type';
import { type BenchSettings } from './bench-settings.type';
import { type CapturedStatement } from './captured-statement.type';
import { type LatencyStats } from './latency-stats.type';
import { type McpEra } from './mcp-era.type';

// One operation in one era on one server: medians of the runs.
export type OperationFigures = {
  operation: BenchOperationKey;
  label: string;
  era: McpEra;
  // At one connection, milliseconds.
  latency: LatencyStats;
  // At BenchSettings.throughputConnections connections.
  throughput: number;
  cpuMsPerCall: number;
  // Responses checked, and how many failed a check.
  requests: number;
  failures: number;
  firstFailure: string | null;
};

// The statements the server ran for one warm call, timed alone.
export type SqlFigures = {
  operation: BenchOperationKey;
  toolStatements: CapturedStatement[];
  overheadStatements: CapturedStatement[];
  // The tool's own statements; null when it ran none (tools/list).
  tool: LatencyStats | null;
  // Every statement of the call, in order.
  all: LatencyStats | null;
  error: string | null;
};

export type WorkspaceFigures = {
  key: string;
  label: string;
  objects: number;
  people: number;
  operations: OperationFigures[];
  sql: SqlFigures[];
  // o200k tokens of the tools/list reply's tools.
  toolListTokens: number | null;
};

export type MemoryFigures = {
  calls: number;
  samples: { calls: number; heapUsedMb: number; rssMb: number }[];
  failures: number;
  firstFailure: string | null;
};

export type TargetRow = {
  target: string;
  figure: string;
  limit: string;
  // null: not measured in this run.
  pass: boolean | null;
};

export type BenchReport = {
  date: string;
  machine: {
    node: string;
    platform: string;
    cores: number;
    cpuModel: string;
    memoryGb: number;
    postgres: string;
  };
  settings: BenchSettings;
  floor: OperationFigures[];
  workspaces: WorkspaceFigures[];
  large: {
    people: number;
    generatedInSeconds: number;
    default: WorkspaceFigures;
    withAdvisor: WorkspaceFigures | null;
    advisor: { available: boolean; note: string; statements: string[] };
  } | null;
  memory: MemoryFigures | null;
  targets: TargetRow[];
  failures: string[];
};
