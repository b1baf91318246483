import { CreateMcpSchema1764000000000 } from '../migrations/1764000000000-create-mcp-schema';

// In order; TypeORM records each one in mcp."_migrations".
export const MCP_MIGRATIONS = [CreateMcpSchema1764000000000];
