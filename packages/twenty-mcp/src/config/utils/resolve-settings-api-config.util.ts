import { DEFAULT_SETTINGS_MAX_BODY_BYTES } from '../constants/default-settings-max-body-bytes.const';
import { type SettingsApiConfig } from '../types/settings-api-config.type';
import { invalidConfiguration } from './invalid-configuration.util';

const toOrigin = (value: string): string => {
  let url: URL;

  try {
    url = new URL(value);
  } catch {
    throw invalidConfiguration(
      `settingsAllowedOrigins: "${value}" is not an origin; write scheme://host[:port], e.g. https://crm.example.com.`,
    );
  }

  if (
    url.origin === 'null' ||
    `${url.origin}/` !== url.href.replace(/\/+$/, '/')
  ) {
    throw invalidConfiguration(
      `settingsAllowedOrigins: "${value}" is not an origin; write scheme://host[:port] without a path, e.g. https://crm.example.com.`,
    );
  }

  return url.origin;
};

export const resolveSettingsApiConfig = ({
  publicUrl,
  settingsAllowedOrigins = [],
  settingsMaxBodyBytes = DEFAULT_SETTINGS_MAX_BODY_BYTES,
}: {
  publicUrl: URL;
  settingsAllowedOrigins?: string[];
  settingsMaxBodyBytes?: number;
}): SettingsApiConfig => {
  if (!Number.isInteger(settingsMaxBodyBytes) || settingsMaxBodyBytes < 1_000) {
    throw invalidConfiguration(
      `settingsMaxBodyBytes must be a whole number of bytes, at least 1000, got ${settingsMaxBodyBytes}.`,
    );
  }

  return {
    allowedOrigins: [
      ...new Set([publicUrl.origin, ...settingsAllowedOrigins.map(toOrigin)]),
    ],
    maxBodyBytes: settingsMaxBodyBytes,
  };
};
