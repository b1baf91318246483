import { type DynamicModule, Module, type Provider } from '@nestjs/common';

import { TWENTY_MCP_CONFIG } from './constants/twenty-mcp-config.token';
import {
  TWENTY_MCP_ASYNC_OPTIONS_TYPE,
  TwentyMcpConfigurableModule,
  TWENTY_MCP_OPTIONS,
  TWENTY_MCP_OPTIONS_TYPE,
} from './twenty-mcp-config.module-definition';
import { type TwentyMcpModuleOptions } from './types/twenty-mcp-module-options.type';
import { resolveTwentyMcpConfig } from './utils/resolve-twenty-mcp-config.util';

const CONFIG_PROVIDER: Provider = {
  provide: TWENTY_MCP_CONFIG,
  useFactory: (options: TwentyMcpModuleOptions) =>
    resolveTwentyMcpConfig(options),
  inject: [TWENTY_MCP_OPTIONS],
};

const withConfig = (module: DynamicModule): DynamicModule => ({
  ...module,
  providers: [...(module.providers ?? []), CONFIG_PROVIDER],
  exports: [TWENTY_MCP_CONFIG],
});

// The options a host gives and the config resolved from them, shared by the
// module's sub-modules (each imports this one instance).
@Module({})
export class TwentyMcpConfigModule extends TwentyMcpConfigurableModule {
  static forRoot(options: typeof TWENTY_MCP_OPTIONS_TYPE): DynamicModule {
    return withConfig(super.forRoot(options));
  }

  static forRootAsync(
    options: typeof TWENTY_MCP_ASYNC_OPTIONS_TYPE,
  ): DynamicModule {
    return withConfig(super.forRootAsync(options));
  }
}
