export type McpTokenStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';
