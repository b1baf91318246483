import { type OAuthConfig } from '../types/oauth-config.type';
import { type OAuthOptions } from '../types/oauth-options.type';
import { invalidConfiguration } from './invalid-configuration.util';
import { isUuid } from '../../domain/values/utils/is-uuid.util';

const requireAbsoluteUrl = (name: string, value: string) => {
  let url: URL;

  try {
    url = new URL(value);
  } catch {
    throw invalidConfiguration(
      `oauth.${name} must be an absolute URL, got "${value}"`,
    );
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalidConfiguration(
      `oauth.${name} must be an http(s) URL, got "${value}"`,
    );
  }
};

// Fails at startup on a configuration that could never accept a token.
export const resolveOAuthConfig = (
  options: OAuthOptions,
  resourceUrl: string,
): OAuthConfig => {
  requireAbsoluteUrl('issuer', options.issuer);

  if (options.jwksUri) {
    requireAbsoluteUrl('jwksUri', options.jwksUri);
  }

  if (options.workspaceId && !isUuid(options.workspaceId)) {
    throw invalidConfiguration(
      `oauth.workspaceId must be a workspace id (uuid), got "${options.workspaceId}"`,
    );
  }

  return {
    issuer: options.issuer,
    jwksUri: options.jwksUri || null,
    audience: options.audience || resourceUrl,
    workspaceId: options.workspaceId || null,
    emailClaim: options.emailClaim || 'email',
  };
};
