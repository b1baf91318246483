// RFC 6750 challenge pointing clients at the protected-resource metadata
// (RFC 9728) so OAuth-capable clients can discover how to get a token.
export const buildWwwAuthenticate = ({
  resourceMetadataUrl,
  error,
  errorDescription,
}: {
  resourceMetadataUrl: string;
  error?: 'invalid_token' | 'invalid_request';
  errorDescription?: string;
}): string =>
  [
    error ? `error="${error}"` : null,
    errorDescription
      ? `error_description="${errorDescription.replace(/"/g, "'")}"`
      : null,
    `resource_metadata="${resourceMetadataUrl}"`,
  ]
    .filter((part) => part !== null)
    .reduce(
      (header, part, index) => `${header}${index === 0 ? ' ' : ', '}${part}`,
      'Bearer',
    );
