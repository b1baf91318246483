// One MCP client's configuration for an endpoint: what to paste, where.
export type ClientConfig = {
  id: string;
  client: string;
  // Where the text goes.
  where: string;
  // What to paste, verbatim.
  text: string;
  note: string | null;
};
