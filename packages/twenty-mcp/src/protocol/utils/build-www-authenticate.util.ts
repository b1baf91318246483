// RFC 6750 challenge pointing clients at the protected-resource metadata
// (RFC 9728) so OAuth-capable clients can discover how to get a token;
// `scope` says which scopes to request (all of them on a 401, the missing
// one on a 403 insufficient_scope).
export const buildWwwAuthenticate = ({
  resourceMetadataUrl,
  error,
  errorDescription,
  scope,
}: {
  resourceMetadataUrl: string;
  error?: 'invalid_token' | 'invalid_request' | 'insufficient_scope';
  errorDescription?: string;
  scope?: string;
}): string =>
  [
    error ? `error="${error}"` : null,
    errorDescription
      ? `error_description="${errorDescription.replace(/"/g, "'")}"`
      : null,
    scope ? `scope="${scope}"` : null,
    `resource_metadata="${resourceMetadataUrl}"`,
  ]
    .filter((part) => part !== null)
    .reduce(
      (header, part, index) => `${header}${index === 0 ? ' ' : ', '}${part}`,
      'Bearer',
    );
