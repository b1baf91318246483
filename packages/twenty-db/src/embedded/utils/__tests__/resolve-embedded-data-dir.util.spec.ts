import { resolveEmbeddedDataDir } from '../resolve-embedded-data-dir.util';

describe('resolveEmbeddedDataDir', () => {
  it('should honour TWENTY_MCP_DATA_DIR', () => {
    expect(
      resolveEmbeddedDataDir({
        env: { TWENTY_MCP_DATA_DIR: '/srv/x' },
        uid: 0,
      }),
    ).toBe('/srv/x/postgres-16');
  });

  it('should use /var/lib for root, whose home the postgres user cannot enter', () => {
    expect(resolveEmbeddedDataDir({ env: {}, uid: 0 })).toBe(
      '/var/lib/twenty-mcp/postgres-16',
    );
  });

  it("should use the user's data directory otherwise", () => {
    expect(
      resolveEmbeddedDataDir({
        env: { HOME: '/home/ada', XDG_DATA_HOME: '/home/ada/.data' },
        uid: 1000,
      }),
    ).toMatch(/\/twenty-mcp\/postgres-16$/);
  });
});
