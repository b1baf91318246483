// The record ids a tool result names (records read or written, ids
// deleted or restored), for the audit trail: at most `limit`, no content.
export const collectRecordIds = (result: unknown, limit = 1000): string[] => {
  const content = (result as { structuredContent?: unknown } | undefined)
    ?.structuredContent as Record<string, unknown> | undefined;

  if (!content) {
    return [];
  }

  const ids = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && ids.size < limit) {
      ids.add(value.slice(0, 100));
    }
  };

  if (Array.isArray(content.records)) {
    for (const record of content.records) {
      add((record as { id?: unknown } | null)?.id);
    }
  }

  add((content.record as { id?: unknown } | undefined)?.id);

  if (Array.isArray(content.ids)) {
    content.ids.forEach(add);
  }

  return [...ids];
};
