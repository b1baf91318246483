export type McpScope = 'READ' | 'WRITE' | 'DELETE' | 'DESTROY' | 'ERASE';
