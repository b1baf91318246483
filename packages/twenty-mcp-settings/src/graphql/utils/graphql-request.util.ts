import { GraphqlRequestError } from '../errors/graphql-request-error';
import { getGraphqlUrl } from './get-graphql-url.util';

type GraphqlResponseBody<TData> = {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

// One GraphQL call to the settings API; no client library needed for a
// handful of documents.
export const graphqlRequest = async <TData>({
  query,
  variables,
  token,
}: {
  query: string;
  variables?: Record<string, unknown>;
  token?: string | null;
}): Promise<TData> => {
  let response: Response;

  try {
    response = await fetch(getGraphqlUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch {
    throw new GraphqlRequestError(
      'The settings API could not be reached. Check that the server is running.',
      'NETWORK_ERROR',
    );
  }

  const body = (await response
    .json()
    .catch(() => null)) as GraphqlResponseBody<TData> | null;
  const [error] = body?.errors ?? [];

  if (error) {
    throw new GraphqlRequestError(
      error.message,
      error.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
    );
  }

  if (!response.ok || !body?.data) {
    throw new GraphqlRequestError(
      `The settings API answered HTTP ${response.status}.`,
      response.status === 401 ? 'UNAUTHENTICATED' : 'HTTP_ERROR',
    );
  }

  return body.data;
};
