import { findUnknownVariables } from '../find-unknown-variables.util';

describe('findUnknownVariables', () => {
  it('should warn about MCP_* variables the host does not read, suggesting the one meant', () => {
    expect(
      findUnknownVariables({
        MCP_TOOLMODE: 'per-object',
        MCP_ALLOWED_HOST: 'crm.example.com',
        MCP_SOMETHING_ELSE: '1',
        MCP_TOOL_MODE: 'compact',
        PATH: '/usr/bin',
        DATABSE_URL: 'postgres://db/twenty',
      }),
    ).toEqual([
      'MCP_ALLOWED_HOST is not a twenty-mcp-server variable and is ignored (did you mean MCP_ALLOWED_HOSTS?)',
      'MCP_SOMETHING_ELSE is not a twenty-mcp-server variable and is ignored',
      'MCP_TOOLMODE is not a twenty-mcp-server variable and is ignored (did you mean MCP_TOOL_MODE?)',
    ]);
  });

  it('should say nothing when every MCP_* variable is known', () => {
    expect(
      findUnknownVariables({ MCP_ENABLED: 'true', MCP_OAUTH_ISSUER: '' }),
    ).toEqual([]);
  });
});
