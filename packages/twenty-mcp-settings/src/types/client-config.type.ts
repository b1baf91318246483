// One MCP client's configuration, as the settings API returns it.
export type ClientConfig = {
  id: string;
  client: string;
  // Where the text goes.
  where: string;
  // What to paste; the token appears as TOKEN_PLACEHOLDER.
  text: string;
  note: string | null;
};
