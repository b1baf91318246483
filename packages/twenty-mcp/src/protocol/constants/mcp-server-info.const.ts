export const MCP_SERVER_INFO = {
  name: 'twenty-mcp',
  title: 'Twenty CRM',
  version: '0.1.0',
} as const;
