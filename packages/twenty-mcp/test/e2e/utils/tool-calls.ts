import { type Client } from '@modelcontextprotocol/client';

export type ApiRecord = { id: string } & Record<string, unknown>;
export type RecordsResult = { records: ApiRecord[] };
export type FindResult = RecordsResult & {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
};
export type ToolResult = Awaited<ReturnType<Client['callTool']>>;

// Every text block of a tool result, one per line.
export const textOf = (result: ToolResult): string =>
  (result.content as { type: string; text?: string }[])
    .map((item) => item.text ?? '')
    .join('\n');

// A tool call that must succeed: its structured content.
export const callTool = async <T = RecordsResult>(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<T> => {
  const result = await client.callTool({ name, arguments: args });

  if (result.isError) {
    throw new Error(`${name} failed: ${textOf(result)}`);
  }

  return result.structuredContent as T;
};

// A tool call that must fail with a tool error: its message.
export const callToolError = async (
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<string> => {
  const result = await client.callTool({ name, arguments: args });

  if (!result.isError) {
    throw new Error(
      `${name} unexpectedly succeeded: ${JSON.stringify(result.structuredContent)}`,
    );
  }

  return textOf(result);
};

// A destructive call carried out in both phases when the server asks for
// confirmation (docs/guardrails.md): the preview, then the same arguments
// with its confirmationToken. The final structured content.
export const callConfirmedTool = async <T = RecordsResult>(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<T> => {
  const first = await callTool<
    T & { confirmationRequired?: true; confirmationToken?: string }
  >(client, name, args);

  return first.confirmationRequired
    ? callTool<T>(client, name, {
        ...args,
        confirmationToken: first.confirmationToken,
      })
    : first;
};
