import {
  Client,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client';

export type ConnectClientOptions = {
  // The clientInfo name the server sees.
  name: string;
  // The SDK's version negotiation; its default when unset.
  mode?: 'legacy' | 'auto';
  // A fetch of the test's own, e.g. to record response statuses.
  fetch?: typeof fetch;
  onToolsListChanged?: () => void;
};

// The official SDK client over Streamable HTTP, holding a bearer token.
export const connectClient = async (
  url: string,
  token: string,
  { name, mode, fetch: fetchImpl, onToolsListChanged }: ConnectClientOptions,
): Promise<Client> => {
  const client = mode
    ? new Client({ name, version: '1.0.0' }, { versionNegotiation: { mode } })
    : new Client({ name, version: '1.0.0' });

  if (onToolsListChanged) {
    client.setNotificationHandler('notifications/tools/list_changed', () =>
      onToolsListChanged(),
    );
  }

  await client.connect(
    new StreamableHTTPClientTransport(new URL(url), {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
    }),
  );

  return client;
};
