import { GraphqlRequestError } from '../errors/graphql-request-error';

// A file under the settings path that needs the bearer token (a link
// cannot send the Authorization header), as a Blob to save.
export const fileRequest = async ({
  path,
  token,
}: {
  path: string;
  token: string | null;
}): Promise<Blob> => {
  let response: Response;

  try {
    response = await fetch(new URL(path, document.baseURI).href, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch {
    throw new GraphqlRequestError(
      'The settings API could not be reached. Check that the server is running.',
      'NETWORK_ERROR',
    );
  }

  if (response.ok) {
    return response.blob();
  }

  const code =
    response.status === 401
      ? 'UNAUTHENTICATED'
      : response.status === 403
        ? 'FORBIDDEN'
        : 'HTTP_ERROR';

  throw new GraphqlRequestError(
    `The download failed: the server answered HTTP ${response.status}.`,
    code,
  );
};
