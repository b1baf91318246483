import { type Client } from '@modelcontextprotocol/client';

// One measured operation: the MCP call, and the SQL a hand-written client
// would run for the same answer (to show what the MCP layer costs).
export type BenchScenario = {
  name: string;
  run: (client: Client) => Promise<void>;
  sql?: (schemaName: string) => { text: string; values: unknown[] };
};
