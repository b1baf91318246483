import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { findUnknownVariables } from '../../src/config/find-unknown-variables.util';
import { readServerConfig } from '../../src/config/read-server-config.util';
import {
  parseDotEnv,
  readVariables,
  resolveCompose,
} from './utils/resolve-compose.util';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const OVERLAY = path.join(REPO_ROOT, 'docker/docker-compose.twenty-mcp.yml');
const FIXTURES = path.join(__dirname, 'fixtures');

const TWENTY_COMPOSE_FILES = {
  '2.3x (database name fixed to default)': path.join(
    FIXTURES,
    'twenty-compose-2-3x.yml',
  ),
  current: path.join(FIXTURES, 'twenty-compose-current.yml'),
};

// Variables Twenty's self-hosting .env may hold (its .env.example and the
// compose files above); the overlay must need nothing else.
const TWENTY_ENV_VARIABLES = new Set([
  'TAG',
  'PG_DATABASE_USER',
  'PG_DATABASE_PASSWORD',
  'PG_DATABASE_HOST',
  'PG_DATABASE_PORT',
  'PG_DATABASE_NAME',
  'REDIS_URL',
  'SERVER_URL',
  'APP_SECRET',
  'ENCRYPTION_KEY',
  'FALLBACK_ENCRYPTION_KEY',
  'STORAGE_TYPE',
]);

// .env files a self-hoster may have: Twenty's example as shipped, and one
// that moves every connection setting.
const DOT_ENVS = {
  "Twenty's example": parseDotEnv(`
TAG=latest
SERVER_URL=http://localhost:3000
APP_SECRET=4f1e0c8a9b7d6e5f
STORAGE_TYPE=local
`),
  'everything moved': parseDotEnv(`
PG_DATABASE_USER=twenty
PG_DATABASE_PASSWORD="s3cret-pass"
PG_DATABASE_HOST=postgres.internal
PG_DATABASE_PORT=6543
REDIS_URL=redis://cache.internal:6380/2
SERVER_URL=https://crm.example.com
APP_SECRET=0a9b8c7d6e5f
`),
};

describe('docker/docker-compose.twenty-mcp.yml over Twenty compose files', () => {
  const overlayText = readFileSync(OVERLAY, 'utf8');

  it("reads only Twenty's own variables, or optional MCP ones", () => {
    const variables = readVariables(overlayText);

    expect(variables.length).toBeGreaterThan(0);

    for (const variable of variables) {
      const own =
        variable.name.startsWith('MCP_') ||
        variable.name.startsWith('TWENTY_MCP_');

      expect({
        ...variable,
        allowed: own || TWENTY_ENV_VARIABLES.has(variable.name),
      }).toEqual({
        ...variable,
        allowed: true,
      });
      // Nothing must be added to Twenty's .env for `up` to work.
      expect(variable.required).toBe(false);

      if (own) {
        expect(variable.hasFallback).toBe(true);
      }
    }
  });

  for (const [composeName, composeFile] of Object.entries(
    TWENTY_COMPOSE_FILES,
  )) {
    for (const [envName, env] of Object.entries(DOT_ENVS)) {
      describe(`Twenty compose ${composeName}, .env ${envName}`, () => {
        const project = resolveCompose([composeFile, OVERLAY], env);
        const server = project.services.server!;
        const mcp = project.services['twenty-mcp']!;

        it("connects to the database and Redis Twenty's server uses", () => {
          expect(mcp.environment?.DATABASE_URL).toBe(
            server.environment?.PG_DATABASE_URL,
          );
          expect(mcp.environment?.REDIS_URL).toBe(
            server.environment?.REDIS_URL,
          );
        });

        it("verifies HS256 tokens with Twenty's APP_SECRET when the .env sets one", () => {
          expect(mcp.environment?.APP_SECRET).toBe(env.APP_SECRET);
        });

        it("names Twenty's server, as its .env sets it, as the OAuth authorization server", () => {
          expect(mcp.environment?.TWENTY_SERVER_URL).toBe(env.SERVER_URL);
        });

        it('waits for services the Twenty file defines, and is built from this repository', () => {
          for (const dependency of Object.keys(mcp.depends_on ?? {})) {
            expect(Object.keys(project.services)).toContain(dependency);
          }

          expect(mcp.depends_on?.db?.condition).toBe('service_healthy');
          expect(mcp.build).toEqual({
            context: './twenty-mcp',
            dockerfile: 'docker/twenty-mcp-server/Dockerfile',
          });
          expect(mcp.image).toMatch(/^twenty-mcp\/twenty-mcp-server:/);
        });

        it('gives the host an environment it accepts, naming no variable it ignores', () => {
          const environment = Object.fromEntries(
            Object.entries(mcp.environment ?? {}).map(([name, value]) => [
              name,
              String(value),
            ]),
          );

          expect(findUnknownVariables(environment)).toEqual([]);
          expect(readServerConfig(environment)).toMatchObject({
            host: '0.0.0.0',
            port: 3100,
            databaseUrl: server.environment?.PG_DATABASE_URL,
            redisUrl: server.environment?.REDIS_URL,
            trustProxy: 'loopback,uniquelocal',
            logLevel: 'info',
            twentyServerUrl: env.SERVER_URL,
          });
        });

        it('is healthy only when ready, and listens on loopback by default', () => {
          expect(JSON.stringify(mcp.healthcheck?.test)).toContain('/readyz');
          expect(mcp.ports).toEqual(['127.0.0.1:3100:3100']);
          expect(mcp.environment?.HOST).toBe('0.0.0.0');
        });
      });
    }
  }

  it('builds from TWENTY_MCP_SOURCE when this repository lives elsewhere', () => {
    const project = resolveCompose([TWENTY_COMPOSE_FILES.current, OVERLAY], {
      ...DOT_ENVS["Twenty's example"],
      TWENTY_MCP_SOURCE: '/opt/twenty-mcp',
    });

    expect(project.services['twenty-mcp']!.build?.context).toBe(
      '/opt/twenty-mcp',
    );
  });

  it('names the Dockerfile that exists in this repository', () => {
    expect(
      readFileSync(
        path.join(REPO_ROOT, 'docker/twenty-mcp-server/Dockerfile'),
        'utf8',
      ),
    ).toContain('packages/twenty-mcp-server/dist/main.js');
  });
});
