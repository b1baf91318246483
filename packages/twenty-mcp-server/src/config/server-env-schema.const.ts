import { availableParallelism } from 'node:os';

import { z } from 'zod';

import { LOG_LEVELS } from './log-levels.const';
import { parseTrustProxy } from './utils/parse-trust-proxy.util';

// A variable's value, or what is wrong with it (the message names the
// variable and says how to fix it).
type Read<T> = (value: string) => T | { problem: string };

// One variable: unset and empty both mean the default (undefined here).
const variable = <T>(read: Read<T>) =>
  z
    .string()
    .optional()
    .transform((value, ctx): T | undefined => {
      if (!value) {
        return undefined;
      }

      const result = read(value);

      if (
        typeof result === 'object' &&
        result !== null &&
        'problem' in result
      ) {
        ctx.addIssue({ code: 'custom', message: result.problem });

        return z.NEVER;
      }

      return result as T;
    });

const text = variable((value) => value);

const flag = (name: string) =>
  variable((value) =>
    value === 'true' || value === 'false'
      ? value === 'true'
      : { problem: `${name} must be "true" or "false", got "${value}"` },
  );

const wholeNumber = (
  name: string,
  { min, max, unit }: { min: number; max?: number; unit: string },
) =>
  variable((value) => {
    const number = Number(value);

    return /^\d+$/.test(value) &&
      number >= min &&
      (max === undefined || number <= max)
      ? number
      : { problem: `${name} must be ${unit}, got "${value}"` };
  });

const port = (name: string) =>
  wholeNumber(name, { min: 0, max: 65_535, unit: 'a port number' });

const parseUrl = (value: string): URL | null => {
  try {
    return new URL(value);
  } catch {
    return null;
  }
};

const httpUrl = (name: string) =>
  variable((value) =>
    ['http:', 'https:'].includes(parseUrl(value)?.protocol ?? '')
      ? value
      : { problem: `${name} must be an absolute http(s) URL, got "${value}"` },
  );

// A database URL's password never reaches a message.
const redactPassword = (value: string) =>
  value.replace(/^([a-z]+:\/\/[^:/@]*):[^@]*@/i, '$1:***@');

const MAX_WORKERS = 64;

const TWENTY_PLACEHOLDER_APP_SECRET = 'replace_me_with_a_random_string';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const list = variable((value) => {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

  return items.length > 0 ? items : undefined;
});

export const OAUTH_DETAIL_VARIABLES = [
  'MCP_OAUTH_JWKS_URI',
  'MCP_OAUTH_AUDIENCE',
  'MCP_OAUTH_WORKSPACE_ID',
  'MCP_OAUTH_EMAIL_CLAIM',
] as const;

// Every variable the host reads, validated as one: a bad start-up reports
// all its problems at once.
export const SERVER_ENV_SCHEMA = z
  .object({
    HOST: text,
    PORT: port('PORT'),
    PUBLIC_URL: variable((value) =>
      parseUrl(value)
        ? value
        : { problem: `PUBLIC_URL must be an absolute URL, got "${value}"` },
    ),
    MCP_PATH: variable((value) =>
      value.startsWith('/')
        ? value
        : { problem: `MCP_PATH must start with "/", got "${value}"` },
    ),
    DATABASE_URL: variable((value) => {
      const url = parseUrl(value);

      return url &&
        ['postgres:', 'postgresql:'].includes(url.protocol) &&
        url.pathname.length > 1
        ? value
        : {
            problem: `DATABASE_URL must be a postgres:// or postgresql:// URL naming a database (postgres://user:password@host:5432/twenty), got "${redactPassword(value)}"`,
          };
    }),
    MCP_CREATE_DEMO_DATABASE: flag('MCP_CREATE_DEMO_DATABASE'),
    TWENTY_DB_PORT: wholeNumber('TWENTY_DB_PORT', {
      min: 1,
      max: 65_535,
      unit: 'a port number',
    }),
    // Twenty's compose files default APP_SECRET to this placeholder; a
    // Twenty running on it accepts HS256 tokens anyone can sign, and so
    // would this host.
    APP_SECRET: variable((value) =>
      value === TWENTY_PLACEHOLDER_APP_SECRET
        ? {
            problem: `APP_SECRET is Twenty's placeholder "${TWENTY_PLACEHOLDER_APP_SECRET}": anyone can sign tokens with it. Set a random APP_SECRET (openssl rand -base64 32) for Twenty and for this host.`,
          }
        : value,
    ),
    MCP_ENABLED: flag('MCP_ENABLED'),
    MCP_WORKSPACES_ENABLED_BY_DEFAULT: flag(
      'MCP_WORKSPACES_ENABLED_BY_DEFAULT',
    ),
    MCP_TOOL_MODE: variable((value) =>
      value === 'compact' || value === 'per-object'
        ? value
        : {
            problem: `MCP_TOOL_MODE must be "compact" or "per-object", got "${value}"`,
          },
    ),
    MCP_ALLOWED_HOSTS: list,
    MCP_ALLOWED_ORIGINS: list,
    MCP_LIST_CHANGED_POLL_MS: wholeNumber('MCP_LIST_CHANGED_POLL_MS', {
      min: 100,
      unit: 'a whole number of milliseconds >= 100',
    }),
    // The promised bound for changes made elsewhere: a second at most.
    MCP_METADATA_RECHECK_MS: wholeNumber('MCP_METADATA_RECHECK_MS', {
      min: 0,
      max: 1_000,
      unit: 'a whole number of milliseconds from 0 to 1000',
    }),
    // Clients are told whole seconds (Keep-Alive: timeout=N): under 1 s they
    // would not reuse a connection at all.
    HTTP_KEEP_ALIVE_TIMEOUT_MS: wholeNumber('HTTP_KEEP_ALIVE_TIMEOUT_MS', {
      min: 1_000,
      unit: 'a whole number of milliseconds >= 1000',
    }),
    // Processes serving HTTP on the one port (node:cluster); "auto": one
    // per core.
    MCP_WORKERS: variable((value) => {
      if (value === 'auto') {
        return availableParallelism();
      }

      const workers = Number(value);

      return /^\d+$/.test(value) && workers >= 1 && workers <= MAX_WORKERS
        ? workers
        : {
            problem: `MCP_WORKERS must be "auto" (one per core) or a whole number from 1 to ${MAX_WORKERS}, got "${value}"`,
          };
    }),
    REDIS_URL: variable((value) =>
      /^rediss?:\/\//.test(value)
        ? value
        : {
            problem: `REDIS_URL must be a redis:// or rediss:// URL, got "${redactPassword(value)}"`,
          },
    ),
    // Twenty's own SERVER_URL: its OAuth authorization server, named in the
    // protected-resource metadata so MCP clients sign in with Twenty.
    TWENTY_SERVER_URL: httpUrl('TWENTY_SERVER_URL'),
    MCP_OAUTH_ISSUER: httpUrl('MCP_OAUTH_ISSUER'),
    MCP_OAUTH_JWKS_URI: httpUrl('MCP_OAUTH_JWKS_URI'),
    MCP_OAUTH_AUDIENCE: text,
    MCP_OAUTH_WORKSPACE_ID: variable((value) =>
      UUID.test(value)
        ? value
        : {
            problem: `MCP_OAUTH_WORKSPACE_ID must be a workspace id (uuid), got "${value}"`,
          },
    ),
    MCP_OAUTH_EMAIL_CLAIM: text,
    // Two-phase destructive operations (docs/guardrails.md).
    MCP_CONFIRMATION_TTL_SECONDS: wholeNumber('MCP_CONFIRMATION_TTL_SECONDS', {
      min: 1,
      unit: 'a whole number of seconds >= 1',
    }),
    MCP_CONFIRM_SOFT_DELETES_ABOVE: wholeNumber(
      'MCP_CONFIRM_SOFT_DELETES_ABOVE',
      { min: 0, unit: 'a whole number of ids >= 0' },
    ),
    MCP_SETTINGS_ALLOWED_ORIGINS: list,
    MCP_SETTINGS_MAX_BODY_BYTES: wholeNumber('MCP_SETTINGS_MAX_BODY_BYTES', {
      min: 1_024,
      unit: 'a whole number of bytes >= 1024',
    }),
    MCP_STATEMENT_TIMEOUT_MS: wholeNumber('MCP_STATEMENT_TIMEOUT_MS', {
      min: 1,
      unit: 'a whole number of milliseconds >= 1',
    }),
    MCP_MAX_CONCURRENT_CALLS_PER_TOKEN: wholeNumber(
      'MCP_MAX_CONCURRENT_CALLS_PER_TOKEN',
      { min: 1, unit: 'a whole number >= 1' },
    ),
    MCP_MAX_BATCH_MESSAGES: wholeNumber('MCP_MAX_BATCH_MESSAGES', {
      min: 1,
      unit: 'a whole number >= 1',
    }),
    MCP_MAX_RESPONSE_BYTES: wholeNumber('MCP_MAX_RESPONSE_BYTES', {
      min: 1_024,
      unit: 'a whole number of bytes >= 1024',
    }),
    MCP_MAX_STREAMS_PER_TOKEN: wholeNumber('MCP_MAX_STREAMS_PER_TOKEN', {
      min: 1,
      unit: 'a whole number >= 1',
    }),
    // Hourly call limits: instance defaults a workspace admin can change,
    // within the settings API's bounds.
    MCP_READ_CALLS_PER_TOKEN_PER_HOUR: wholeNumber(
      'MCP_READ_CALLS_PER_TOKEN_PER_HOUR',
      { min: 1, max: 1_000_000, unit: 'a whole number from 1 to 1000000' },
    ),
    MCP_WRITE_CALLS_PER_TOKEN_PER_HOUR: wholeNumber(
      'MCP_WRITE_CALLS_PER_TOKEN_PER_HOUR',
      { min: 1, max: 1_000_000, unit: 'a whole number from 1 to 1000000' },
    ),
    MCP_CALLS_PER_WORKSPACE_PER_HOUR: wholeNumber(
      'MCP_CALLS_PER_WORKSPACE_PER_HOUR',
      { min: 1, max: 1_000_000, unit: 'a whole number from 1 to 1000000' },
    ),
    MCP_IDEMPOTENCY_KEY_TTL_SECONDS: wholeNumber(
      'MCP_IDEMPOTENCY_KEY_TTL_SECONDS',
      { min: 1, unit: 'a whole number of seconds >= 1' },
    ),
    // The database circuit breaker (docs/operations.md).
    MCP_DB_FAILURE_THRESHOLD: wholeNumber('MCP_DB_FAILURE_THRESHOLD', {
      min: 1,
      unit: 'a whole number >= 1',
    }),
    MCP_DB_COOL_DOWN_MS: wholeNumber('MCP_DB_COOL_DOWN_MS', {
      min: 1,
      unit: 'a whole number of milliseconds >= 1',
    }),
    LOG_LEVEL: variable((value) =>
      (LOG_LEVELS as readonly string[]).includes(value)
        ? (value as (typeof LOG_LEVELS)[number])
        : {
            problem: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`,
          },
    ),
    TRUST_PROXY: variable(
      (value) =>
        parseTrustProxy(value) ?? {
          problem: `TRUST_PROXY must be "true", "false", a number of proxy hops, or a comma-separated list of proxy addresses/subnets (10.0.0.0/8, loopback…), got "${value}"`,
        },
    ),
  })
  // OAuth is on when an issuer is set; the other MCP_OAUTH_* refine it.
  // `when`: checked even when other variables are wrong, so every problem
  // is reported at once.
  .superRefine(
    (env, ctx) => {
      if (env.MCP_OAUTH_ISSUER) {
        return;
      }

      for (const name of OAUTH_DETAIL_VARIABLES) {
        if (env[name]) {
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: `${name} is set but MCP_OAUTH_ISSUER is not`,
          });
        }
      }
    },
    { when: () => true },
  );

// The names of every variable the host reads.
export const SERVER_ENV_VARIABLES = Object.keys(SERVER_ENV_SCHEMA.shape);
