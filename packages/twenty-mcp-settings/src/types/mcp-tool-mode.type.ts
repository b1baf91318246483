export type McpToolMode = 'COMPACT' | 'PER_OBJECT';
