type Issue = { path?: unknown; message?: unknown };

const MAX_ISSUES = 3;

const isIssueList = (value: unknown): value is Issue[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (issue) =>
      typeof issue === 'object' &&
      issue !== null &&
      Array.isArray((issue as Issue).path) &&
      typeof (issue as Issue).message === 'string',
  );

// The SDK reports a request its wire schema refuses with the schema
// library's issue list serialised as JSON (under -32603 for most methods).
// Null when `message` is no such report, e.g. a handler's own failure.
export const describeInvalidParams = (
  method: string,
  message: string,
): string | null => {
  const start = message.indexOf('[');
  let issues: unknown;

  try {
    issues = start === -1 ? null : JSON.parse(message.slice(start));
  } catch {
    return null;
  }

  if (!isIssueList(issues)) {
    return null;
  }

  const described = issues.slice(0, MAX_ISSUES).map(({ path, message }) => {
    const at = (path as unknown[]).map(String).join('.');

    return `${at || 'params'}: ${String(message)}`;
  });
  const more =
    issues.length > MAX_ISSUES ? ` (+${issues.length - MAX_ISSUES} more)` : '';

  return `Invalid params for ${method}: ${described.join('; ')}${more}`;
};
