// Client-side routes, relative to the settings path, in navigation order.
export const SETTINGS_ROUTES = [
  { path: '', label: 'Overview' },
  { path: 'tokens', label: 'Tokens' },
  { path: 'exposure', label: 'Exposure' },
  { path: 'preview', label: 'What the AI sees' },
  { path: 'activity', label: 'Activity' },
] as const;
