// Everything the module stores lives in its own schema: Twenty's `core`
// tables are read, never altered.
export const MCP_SCHEMA_NAME = 'mcp';
