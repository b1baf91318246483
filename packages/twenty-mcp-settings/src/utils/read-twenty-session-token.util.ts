type TwentyTokenPair = {
  accessOrWorkspaceAgnosticToken?: { token?: unknown };
  // Before Twenty 1.x renamed it.
  accessToken?: { token?: unknown };
};

// The access token of Twenty's own front end, from the `tokenPair` cookie it
// sets on its origin (URI-encoded JSON), when the page is served there.
export const readTwentySessionToken = (cookies: string): string | null => {
  const entry = cookies
    .split(';')
    .map((cookie) => cookie.trim())
    .find((cookie) => cookie.startsWith('tokenPair='));

  if (!entry) {
    return null;
  }

  try {
    const pair = JSON.parse(
      decodeURIComponent(entry.slice('tokenPair='.length)),
    ) as TwentyTokenPair;
    const token =
      pair.accessOrWorkspaceAgnosticToken?.token ?? pair.accessToken?.token;

    return typeof token === 'string' && token.length > 0 ? token : null;
  } catch {
    return null;
  }
};
