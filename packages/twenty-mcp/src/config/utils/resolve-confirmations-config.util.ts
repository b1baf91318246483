import { DEFAULT_CONFIRMATIONS_CONFIG } from '../constants/default-confirmations-config.const';
import { type ConfirmationsConfig } from '../types/confirmations-config.type';
import { invalidConfiguration } from './invalid-configuration.util';

// Each setting given, else its default. The TTL may be fractional (tests
// use a tiny one); the threshold counts ids, so it is a whole number.
export const resolveConfirmationsConfig = (
  options: Partial<ConfirmationsConfig> = {},
): ConfirmationsConfig => {
  const ttlSeconds =
    options.ttlSeconds ?? DEFAULT_CONFIRMATIONS_CONFIG.ttlSeconds;
  const softDeleteThreshold =
    options.softDeleteThreshold ??
    DEFAULT_CONFIRMATIONS_CONFIG.softDeleteThreshold;

  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) {
    throw invalidConfiguration(
      `confirmations.ttlSeconds must be a positive number of seconds, got ${String(ttlSeconds)}.`,
    );
  }

  if (!Number.isSafeInteger(softDeleteThreshold) || softDeleteThreshold < 0) {
    throw invalidConfiguration(
      `confirmations.softDeleteThreshold must be a whole number >= 0, got ${String(softDeleteThreshold)}.`,
    );
  }

  return { ttlSeconds, softDeleteThreshold };
};
