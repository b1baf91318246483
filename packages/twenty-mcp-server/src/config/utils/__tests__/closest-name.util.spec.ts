import { closestName } from '../closest-name.util';

describe('closestName', () => {
  const names = ['MCP_TOOL_MODE', 'MCP_PATH', 'MCP_ENABLED'];

  it('should suggest the name a typo is a few edits from', () => {
    expect(closestName('MCP_TOOLMODE', names)).toBe('MCP_TOOL_MODE');
    expect(closestName('mcp_path', names)).toBe('MCP_PATH');
  });

  it('should suggest nothing for a name far from every candidate', () => {
    expect(closestName('MCP_FEATURE_FLAGS', names)).toBeUndefined();
  });
});
