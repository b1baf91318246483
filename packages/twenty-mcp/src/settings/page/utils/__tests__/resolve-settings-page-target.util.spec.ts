import { resolveSettingsPageTarget } from '../resolve-settings-page-target.util';

const settingsPath = '/settings/mcp';
const target = (pathname: string) =>
  resolveSettingsPageTarget({ pathname, settingsPath });

describe('resolveSettingsPageTarget', () => {
  it('should serve the page at the settings path and at client-side routes', () => {
    for (const pathname of [
      '/settings/mcp',
      '/settings/mcp/',
      '/settings/mcp/tokens',
      '/settings/mcp/exposure/',
      '/settings/mcp/index.html',
    ]) {
      expect(target(pathname)).toEqual({ kind: 'page' });
    }
  });

  it('should leave the settings API and other paths alone', () => {
    for (const pathname of [
      '/settings/mcp/graphql',
      '/settings/mcp/graphql/stream',
      '/settings/mcpx',
      '/settings',
      '/mcp',
    ]) {
      expect(target(pathname)).toEqual({ kind: 'pass' });
    }
  });

  it('should serve files under assets/ as hashed and others as plain', () => {
    expect(target('/settings/mcp/assets/index-Ab12.js')).toEqual({
      kind: 'file',
      relativePath: 'assets/index-Ab12.js',
      isHashedAsset: true,
    });
    expect(target('/settings/mcp/favicon.svg')).toEqual({
      kind: 'file',
      relativePath: 'favicon.svg',
      isHashedAsset: false,
    });
  });

  it('should refuse paths that climb out of the build through encoded separators', () => {
    for (const pathname of [
      '/settings/mcp/assets/..%2F..%2Fpackage.json',
      '/settings/mcp/..%2f..%2fetc%2fpasswd.txt',
      '/settings/mcp/assets%5C..%5Csecret.txt',
      '/settings/mcp/%E0%A4%A.js',
    ]) {
      expect(target(pathname)).toEqual({ kind: 'not-found' });
    }
  });
});
