import { type ResultExpectation } from './result-expectation.type';

export type BenchOperationKey =
  | 'get-by-id'
  | 'list-20'
  | 'filtered-search'
  | 'aggregate'
  | 'tools-list'
  | 'noop';

// What an operation needs from the workspace it runs on.
export type BenchOperationContext = {
  personId: string;
  now: Date;
};

// One measured MCP request: its JSON-RPC method and params, and what its
// result must contain.
export type BenchOperation = {
  key: BenchOperationKey;
  label: string;
  method: 'tools/call' | 'tools/list';
  params: (context: BenchOperationContext) => Record<string, unknown>;
  expect: (context: BenchOperationContext) => ResultExpectation;
};
