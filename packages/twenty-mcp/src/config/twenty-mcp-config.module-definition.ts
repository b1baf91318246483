import { ConfigurableModuleBuilder } from '@nestjs/common';

import { type TwentyMcpModuleOptions } from './types/twenty-mcp-module-options.type';

// forRoot / forRootAsync (useFactory, useClass, useExisting, imports,
// inject) for the module's options, from Nest's own builder.
export const {
  ConfigurableModuleClass: TwentyMcpConfigurableModule,
  MODULE_OPTIONS_TOKEN: TWENTY_MCP_OPTIONS,
  OPTIONS_TYPE: TWENTY_MCP_OPTIONS_TYPE,
  ASYNC_OPTIONS_TYPE: TWENTY_MCP_ASYNC_OPTIONS_TYPE,
} = new ConfigurableModuleBuilder<TwentyMcpModuleOptions>()
  .setClassMethodName('forRoot')
  .build();
