import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { OAUTH_HTTP_TIMEOUT_MS } from '../constants/oauth-http-timeouts.const';
import { buildAuthorizationServerMetadataUrls } from './build-authorization-server-metadata-urls.util';

// The issuer's JWKS location from its published metadata. A document whose
// `issuer` is not exactly ours is ignored (RFC 8414 §3.3: it could be an
// impersonation).
export const discoverJwksUri = async (issuer: string): Promise<string> => {
  for (const url of buildAuthorizationServerMetadataUrls(issuer)) {
    let metadata: { issuer?: unknown; jwks_uri?: unknown };

    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(OAUTH_HTTP_TIMEOUT_MS),
      });

      if (!response.ok) {
        continue;
      }

      metadata = (await response.json()) as typeof metadata;
    } catch {
      continue;
    }

    if (metadata.issuer === issuer && typeof metadata.jwks_uri === 'string') {
      return metadata.jwks_uri;
    }
  }

  throw new TwentyMcpException(
    `No authorization server metadata with a jwks_uri found for the OAuth issuer ${issuer}; set oauth.jwksUri (MCP_OAUTH_JWKS_URI).`,
    TwentyMcpExceptionCode.SERVICE_UNAVAILABLE,
  );
};
