import { type DataSource } from 'typeorm';

import { resolveTwentyMcpConfig } from '../resolve-twenty-mcp-config.util';

const base = {
  publicUrl: 'https://crm.example.com',
  dataSource: {} as DataSource,
};

describe('resolveTwentyMcpConfig', () => {
  it('should trust a workspace cache key for a second by default, and never longer', () => {
    expect(resolveTwentyMcpConfig(base).metadataRecheckMs).toBe(1000);
    expect(
      resolveTwentyMcpConfig({ ...base, metadataRecheckMs: 0 })
        .metadataRecheckMs,
    ).toBe(0);

    for (const metadataRecheckMs of [1001, -1, 0.5]) {
      expect(() =>
        resolveTwentyMcpConfig({ ...base, metadataRecheckMs }),
      ).toThrow(
        `metadataRecheckMs must be a whole number of milliseconds from 0 to 1000, got ${metadataRecheckMs}.`,
      );
    }
  });
});
