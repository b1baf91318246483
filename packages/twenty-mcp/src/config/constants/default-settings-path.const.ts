export const DEFAULT_SETTINGS_PATH = '/settings/mcp';
