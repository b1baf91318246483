// sessionStorage: the token lives as long as the tab, never on disk.
export const SESSION_STORAGE_KEYS = {
  token: 'twenty-mcp.settings.token',
  // Set by "Sign out" so Twenty's own session is not picked up again.
  ignoreTwentySession: 'twenty-mcp.settings.ignore-twenty-session',
} as const;
