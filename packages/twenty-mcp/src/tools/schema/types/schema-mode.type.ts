// Which side of the record format a value schema describes: what the server
// returns, or what a caller writes.
export type SchemaMode = 'output' | 'input';
