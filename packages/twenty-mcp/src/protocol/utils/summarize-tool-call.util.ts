// What a tool-call log line may say about the call: the object it was
// about and how many records it returned or wrote — never their content.
export const summarizeToolCall = (
  args: unknown,
  result: unknown,
): { object?: string; recordCount?: number } => {
  const content = (result as { structuredContent?: unknown } | undefined)
    ?.structuredContent as Record<string, unknown> | undefined;
  const object = content?.object ?? (args as { object?: unknown })?.object;
  const recordCount = Array.isArray(content?.records)
    ? content.records.length
    : content?.record
      ? 1
      : undefined;

  return {
    ...(typeof object === 'string' ? { object: object.slice(0, 100) } : {}),
    ...(recordCount === undefined ? {} : { recordCount }),
  };
};
