import { type JwtSecretType } from '@twenty-mcp/twenty-layout';

import { type ApiKeyListing } from '../services/list-api-keys';
import { mintApiKeyToken } from './mint-api-key-token.util';

export type ListedToken = ApiKeyListing & {
  status: 'active' | 'revoked' | 'expired' | 'no role';
  token: string | null;
};

export const mintListedTokens = ({
  apiKeys,
  appSecret,
  secretTypes = {},
  now = new Date(),
}: {
  apiKeys: ApiKeyListing[];
  appSecret: string;
  secretTypes?: Record<string, JwtSecretType>;
  now?: Date;
}): ListedToken[] =>
  apiKeys.map((apiKey) => {
    const status: ListedToken['status'] =
      apiKey.revokedAt !== null
        ? 'revoked'
        : apiKey.expiresAt <= now
          ? 'expired'
          : apiKey.roleLabel === null
            ? 'no role'
            : 'active';

    return {
      ...apiKey,
      status,
      // A revoked key still gets a well-formed token: useful to test that
      // servers refuse it. An expired one cannot be signed any more.
      token:
        status === 'expired'
          ? null
          : mintApiKeyToken({
              appSecret,
              workspaceId: apiKey.workspaceId,
              apiKeyId: apiKey.id,
              expiresAt: apiKey.expiresAt,
              secretType: secretTypes[apiKey.id] ?? 'API_KEY',
              now,
            }),
    };
  });
