// Lists depend on the workspace and the caller's role: private. Clients may
// reuse them briefly; a model or permission change also sends list_changed.
export const MCP_CACHE_HINTS = {
  'tools/list': { ttlMs: 30_000, cacheScope: 'private' },
  'prompts/list': { ttlMs: 30_000, cacheScope: 'private' },
  'resources/list': { ttlMs: 30_000, cacheScope: 'private' },
  'resources/templates/list': { ttlMs: 30_000, cacheScope: 'private' },
  'resources/read': { ttlMs: 0, cacheScope: 'private' },
  'server/discover': { ttlMs: 300_000, cacheScope: 'private' },
} as const;
