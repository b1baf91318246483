import { normalizeSettingsPath } from '../normalize-settings-path.util';

describe('normalizeSettingsPath', () => {
  it('should default to /settings/mcp', () => {
    expect(normalizeSettingsPath()).toBe('/settings/mcp');
  });

  it('should keep one leading slash and no trailing slash', () => {
    expect(normalizeSettingsPath('admin/mcp/')).toBe('/admin/mcp');
    expect(normalizeSettingsPath('//admin/mcp//')).toBe('/admin/mcp');
  });

  it('should refuse the root path', () => {
    expect(() => normalizeSettingsPath('/')).toThrow(/root path/);
  });
});
