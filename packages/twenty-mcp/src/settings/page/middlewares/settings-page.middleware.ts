import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { type IncomingMessage, type ServerResponse } from 'node:http';

import { TWENTY_MCP_CONFIG } from '../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../config/types/twenty-mcp-config.type';
import { TWENTY_SIGN_IN } from '../../constants/twenty-sign-in.const';
import { SettingsPageServer } from '../services/settings-page-server';
import { resolveSettingsPageDistDir } from '../utils/resolve-settings-page-dist-dir.util';

// Mounts the settings page in Nest/Express at settingsPath and below,
// leaving <settingsPath>/graphql to the settings API.
@Injectable()
export class SettingsPageMiddleware implements NestMiddleware {
  private readonly server: SettingsPageServer;

  constructor(@Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig) {
    this.server = new SettingsPageServer({
      settingsPath: config.settingsPath,
      distDir: resolveSettingsPageDistDir(),
      // The page offers the link only when Twenty's URL is configured.
      meta: config.twentyServerUrl
        ? { [TWENTY_SIGN_IN.metaName]: TWENTY_SIGN_IN.startPath }
        : {},
    });
  }

  use(
    req: IncomingMessage & { originalUrl?: string },
    res: ServerResponse,
    next: () => void,
  ): void {
    this.server.handle(req, res, next);
  }
}
