import { DEFAULT_AUTH_FAILURE_LIMIT } from '../constants/default-auth-failure-limit.const';
import { DEFAULT_LIST_CHANGED_POLL_INTERVAL_MS } from '../constants/default-list-changed-poll-interval.const';
import { DEFAULT_METADATA_RECHECK_MS } from '../constants/default-metadata-recheck.const';
import { type TwentyMcpConfig } from '../types/twenty-mcp-config.type';
import { type TwentyMcpModuleOptions } from '../types/twenty-mcp-module-options.type';
import { invalidConfiguration } from './invalid-configuration.util';
import { normalizeSettingsPath } from './normalize-settings-path.util';
import { resolveConfirmationsConfig } from './resolve-confirmations-config.util';
import { resolveEndpointConfig } from './resolve-endpoint-config.util';
import { resolveMcpLimits } from './resolve-mcp-limits.util';
import { resolveOAuthConfig } from './resolve-oauth-config.util';
import { resolveSettingsApiConfig } from './resolve-settings-api-config.util';

const requirePublicUrl = (publicUrl: string | undefined): URL => {
  try {
    return new URL(publicUrl ?? '');
  } catch {
    throw invalidConfiguration(
      `publicUrl must be the absolute URL clients reach the server at (e.g. https://crm.example.com), got "${publicUrl}".`,
    );
  }
};

const resolveTwentyServerUrl = (url: string | undefined): string | null => {
  if (!url) {
    return null;
  }

  const parsed = URL.canParse(url) ? new URL(url) : null;

  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
    throw invalidConfiguration(
      `twentyServerUrl must be Twenty's public http(s) URL (its SERVER_URL), got "${url}".`,
    );
  }

  return url;
};

// The promise is "within a second": more would leave clients on a stale
// tool list for longer than the documented bound.
const resolveMetadataRecheckMs = (value: number | undefined): number => {
  if (value === undefined) {
    return DEFAULT_METADATA_RECHECK_MS;
  }

  if (!Number.isInteger(value) || value < 0 || value > 1_000) {
    throw invalidConfiguration(
      `metadataRecheckMs must be a whole number of milliseconds from 0 to 1000, got ${value}.`,
    );
  }

  return value;
};

// Options → the config every room reads; a configuration that cannot work
// fails here, at start-up, naming the option.
export const resolveTwentyMcpConfig = (
  options: TwentyMcpModuleOptions,
): TwentyMcpConfig => {
  const publicUrl = requirePublicUrl(options.publicUrl);

  if (!options.dataSource) {
    throw invalidConfiguration(
      "dataSource is required: the TypeORM DataSource of Twenty's core database.",
    );
  }

  const endpoint = resolveEndpointConfig(options);
  const settingsPath = normalizeSettingsPath(options.settingsPath);

  return {
    enabled: options.enabled ?? process.env.MCP_ENABLED === 'true',
    workspacesEnabledByDefault: options.workspacesEnabledByDefault ?? false,
    endpoint,
    settingsPath,
    settingsUrl: new URL(settingsPath, publicUrl).href,
    settingsApi: resolveSettingsApiConfig({
      publicUrl,
      settingsAllowedOrigins: options.settingsAllowedOrigins,
      settingsMaxBodyBytes: options.settingsMaxBodyBytes,
    }),
    toolMode: options.toolMode ?? 'compact',
    authFailureLimit: options.authFailureLimit ?? DEFAULT_AUTH_FAILURE_LIMIT,
    limits: resolveMcpLimits(options.limits),
    confirmations: resolveConfirmationsConfig(options.confirmations),
    redisUrl: options.redisUrl || null,
    oauth: options.oauth
      ? resolveOAuthConfig(options.oauth, endpoint.resourceUrl)
      : null,
    twentyServerUrl: resolveTwentyServerUrl(options.twentyServerUrl),
    listChangedPollIntervalMs:
      options.listChangedPollIntervalMs ??
      DEFAULT_LIST_CHANGED_POLL_INTERVAL_MS,
    metadataRecheckMs: resolveMetadataRecheckMs(options.metadataRecheckMs),
    dataSource: options.dataSource,
    appSecret: options.appSecret || null,
  };
};
