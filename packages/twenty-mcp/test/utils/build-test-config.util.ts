import { type DataSource } from 'typeorm';

import { type TwentyMcpConfig } from '../../src/config/types/twenty-mcp-config.type';
import { type TwentyMcpModuleOptions } from '../../src/config/types/twenty-mcp-module-options.type';
import { resolveTwentyMcpConfig } from '../../src/config/utils/resolve-twenty-mcp-config.util';

// The resolved config the module's services take, as start-up builds it
// from options; a test passes only what it cares about. Without a
// DataSource, for services that never touch the database.
export const buildTestConfig = (
  options: Partial<TwentyMcpModuleOptions> = {},
): TwentyMcpConfig =>
  resolveTwentyMcpConfig({
    publicUrl: 'http://127.0.0.1',
    dataSource: {} as DataSource,
    ...options,
  });
