// A failed settings API call. `code` is the GraphQL error's
// extensions.code (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT…), or
// NETWORK_ERROR / HTTP_ERROR when no GraphQL answer came back.
export class GraphqlRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'GraphqlRequestError';
  }
}
