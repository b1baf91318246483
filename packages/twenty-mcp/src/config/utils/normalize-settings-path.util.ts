import { DEFAULT_SETTINGS_PATH } from '../constants/default-settings-path.const';
import { invalidConfiguration } from './invalid-configuration.util';

// "/settings/mcp/" and "settings/mcp" both become "/settings/mcp".
export const normalizeSettingsPath = (settingsPath?: string): string => {
  const trimmed = (settingsPath ?? DEFAULT_SETTINGS_PATH).replace(
    /^\/+|\/+$/g,
    '',
  );

  if (trimmed.length === 0) {
    throw invalidConfiguration(
      'settingsPath cannot be the root path; use e.g. /settings/mcp.',
    );
  }

  return `/${trimmed}`;
};
