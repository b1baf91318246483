import {
  DEMO_WORKSPACE,
  mintApiKeyToken,
  SECOND_WORKSPACE,
} from '@twenty-mcp/twenty-db';
import { TEST_APP_SECRET } from '@twenty-mcp/twenty-db/testing';

import { type TestApp } from '../../utils/start-test-app';
import { useSecurityApp } from './utils/use-security-app';

// Credentials and workspaces switched off take effect on the next request.
describe('MCP security end to end', () => {
  const security = useSecurityApp();
  const { query, connect, call } = security;
  let server: TestApp;
  let tokens: Record<string, string>;
  let apiKeyIds: Record<string, string>;

  beforeAll(() => {
    ({ server, tokens, apiKeyIds } = security);
  });

  describe('credentials and workspaces switched off mid-session', () => {
    const recordingFetch = (statuses: number[]): typeof fetch =>
      (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
        const response = await fetch(input, init);

        statuses.push(response.status);

        return response;
      }) as typeof fetch;

    it('should refuse a key on the very next request after it is revoked', async () => {
      const [{ id: keyId }] = await query<{ id: string }>(
        `INSERT INTO core."apiKey" (name, "expiresAt", "workspaceId")
         VALUES ('E2E revocable', now() + interval '1 day', $1) RETURNING id`,
        [DEMO_WORKSPACE.id],
      );

      await query(
        `INSERT INTO core."roleTarget" ("workspaceId", "universalIdentifier", "applicationId", "roleId", "apiKeyId")
         SELECT "workspaceId", public.uuid_generate_v4(), "applicationId", "roleId", $1
           FROM core."roleTarget" WHERE "apiKeyId" = $2`,
        [keyId, apiKeyIds['MCP - admin']],
      );

      const token = mintApiKeyToken({
        appSecret: TEST_APP_SECRET,
        workspaceId: DEMO_WORKSPACE.id,
        apiKeyId: keyId,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      const statuses: number[] = [];
      const client = await connect(token, { fetch: recordingFetch(statuses) });

      expect((await call(client, 'list_objects', {})).isError).toBe(false);

      await query(
        `UPDATE core."apiKey" SET "revokedAt" = now() WHERE id = $1`,
        [keyId],
      );

      await expect(
        client.callTool({ name: 'list_objects', arguments: {} }),
      ).rejects.toThrow();
      expect(statuses.at(-1)).toBe(401);

      const raw = await fetch(server.url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      });

      expect(raw.status).toBe(401);
    });

    it('should refuse a workspace that is not active, and serve it again once it is', async () => {
      const statuses: number[] = [];
      const client = await connect(tokens['Globex - admin'], {
        fetch: recordingFetch(statuses),
      });
      const initialize = () =>
        fetch(server.url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${tokens['Globex - admin']}`,
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
          },
          body: JSON.stringify({
            jsonrpc: '2.0',
            id: 1,
            method: 'initialize',
            params: {
              protocolVersion: '2025-11-25',
              capabilities: {},
              clientInfo: { name: 'security-e2e', version: '1.0.0' },
            },
          }),
        });
      const setStatus = (status: string) =>
        query(
          `UPDATE core."workspace" SET "activationStatus" = $1 WHERE id = $2`,
          [status, SECOND_WORKSPACE.id],
        );

      try {
        for (const status of ['SUSPENDED', 'INACTIVE', 'PENDING_CREATION']) {
          await setStatus(status);

          const response = await initialize();

          expect(response.status).toBe(403);
          expect(await response.json()).toMatchObject({
            jsonrpc: '2.0',
            id: null,
            error: { code: -32000 },
          });
        }

        await expect(
          client.callTool({ name: 'list_objects', arguments: {} }),
        ).rejects.toThrow();
        expect(statuses.at(-1)).toBe(403);
        // The other workspace is not affected.
        expect(
          (
            await fetch(server.url, {
              method: 'POST',
              headers: {
                authorization: `Bearer ${tokens['MCP - admin']}`,
                'content-type': 'application/json',
                accept: 'application/json, text/event-stream',
              },
              body: JSON.stringify({
                jsonrpc: '2.0',
                id: 1,
                method: 'tools/list',
              }),
            })
          ).status,
        ).toBe(200);
      } finally {
        await setStatus('ACTIVE');
      }

      expect((await initialize()).status).toBe(200);
    });

    it('should refuse a deleted workspace as an unknown credential', async () => {
      try {
        await query(
          `UPDATE core."workspace" SET "deletedAt" = now() WHERE id = $1`,
          [SECOND_WORKSPACE.id],
        );

        const response = await fetch(server.url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${tokens['Globex - admin']}`,
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
          },
          body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
        });

        expect(response.status).toBe(401);
      } finally {
        await query(
          `UPDATE core."workspace" SET "deletedAt" = NULL WHERE id = $1`,
          [SECOND_WORKSPACE.id],
        );
      }
    });
  });
});
