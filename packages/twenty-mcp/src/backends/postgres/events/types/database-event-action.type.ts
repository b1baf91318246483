// Twenty's DatabaseEventAction values that MCP writes produce (no upserts):
// the second half of an event name, `person.created`.
export type DatabaseEventAction =
  'created' | 'updated' | 'deleted' | 'restored' | 'destroyed';
