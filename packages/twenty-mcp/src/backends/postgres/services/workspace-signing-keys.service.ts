import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey, type KeyObject } from 'node:crypto';

import {
  computeAppSecret,
  type JwtSecretType,
} from '@twenty-mcp/twenty-layout';

import { TWENTY_MCP_CONFIG } from '../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../config/types/twenty-mcp-config.type';
import { invalidConfiguration } from '../../../config/utils/invalid-configuration.util';

// Workspaces whose signing keys stay cached; each has at most two keys.
const MAX_CACHED_WORKSPACES = 1_000;

// Twenty's per-workspace HS256 secrets (sha256 of APP_SECRET, workspace id
// and token type) as KeyObjects, derived once: jsonwebtoken turns a string
// secret into a key on every call (and first tries it as a PEM public key,
// which throws), ~0.7 ms a request.
@Injectable()
export class WorkspaceSigningKeys {
  private readonly keys = new Map<string, KeyObject>();
  private readonly appSecret: string;

  constructor(@Inject(TWENTY_MCP_CONFIG) { appSecret }: TwentyMcpConfig) {
    if (!appSecret) {
      throw invalidConfiguration(
        "appSecret is required by the Postgres back-end: Twenty's APP_SECRET verifies its API keys and access tokens.",
      );
    }

    this.appSecret = appSecret;
  }

  get(workspaceId: string, type: JwtSecretType): KeyObject {
    const cacheKey = `${workspaceId}:${type}`;
    let key = this.keys.get(cacheKey);

    if (!key) {
      key = createSecretKey(
        Buffer.from(
          computeAppSecret({ appSecret: this.appSecret, workspaceId, type }),
          'utf8',
        ),
      );

      if (this.keys.size >= MAX_CACHED_WORKSPACES * 2) {
        this.keys.delete(this.keys.keys().next().value!);
      }

      this.keys.set(cacheKey, key);
    }

    return key;
  }
}
