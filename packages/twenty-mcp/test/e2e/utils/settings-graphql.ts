import { DEMO_USER_PASSWORD } from '@twenty-mcp/twenty-db';

export type GraphqlReply<T> = {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
};

// The settings API as the settings page calls it: POST JSON to
// <publicUrl>/settings/mcp/graphql with a bearer credential.
export const settingsGraphql = async <T = Record<string, unknown>>(
  mcpUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphqlReply<T>> => {
  const response = await fetch(new URL('/settings/mcp/graphql', mcpUrl), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });

  return (await response.json()) as GraphqlReply<T>;
};

// A Twenty user access token for a seeded user, through signIn.
export const signInAs = async (
  mcpUrl: string,
  email: string,
  workspaceId?: string,
): Promise<string> => {
  const reply = await settingsGraphql<{
    signIn: { accessToken: string | null };
  }>(
    mcpUrl,
    `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
    { input: { email, password: DEMO_USER_PASSWORD, workspaceId } },
  );
  const token = reply.data?.signIn.accessToken;

  if (!token) {
    throw new Error(`sign-in failed: ${JSON.stringify(reply)}`);
  }

  return token;
};
