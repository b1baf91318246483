import {
  startRedisServer,
  type TestRedisServer,
  demoTokens,
} from '@twenty-mcp/twenty-db/testing';

import { startTestApp, type TestApp } from '../../utils/start-test-app';
import { postMcp } from '../utils/post-mcp';
import { settingsGraphql, signInAs } from '../utils/settings-graphql';
import {
  UPDATE_EXPOSURE,
  useSettingsApi,
  waitFor,
} from './utils/use-settings-api';

// What each workspace exposes, the workspace and instance switches, and the
// failed-authentication limit.
describe('admin controls: settings API, MCP tokens, exposure, switches', () => {
  const api = useSettingsApi();
  const { gql, connect, objectEnum, roleId, objects } = api;
  let server: TestApp;

  beforeAll(() => {
    ({ server } = api);
  });

  describe('exposure', () => {
    it('should list every non-system object with its exposure, custom demo objects opted in', async () => {
      const rows = await objects();
      const names = rows.map(({ nameSingular }) => nameSingular);

      expect(names).toEqual(
        expect.arrayContaining(['person', 'company', 'supportTicket']),
      );
      expect(names).not.toContain('favorite');
      expect(
        rows
          .filter(({ isCustom }) => isCustom)
          .every((row) => row.isCustomized),
      ).toBe(true);
    });

    it('should drop a hidden object from the next tools/list, notify open streams, and refuse it in calls', async () => {
      const tokens = await demoTokens(server.databaseUrl);
      let changes = 0;
      const legacy = await connect(tokens['MCP - admin'], 'legacy', () => {
        changes += 1;
      });
      const opportunity = (await objects()).find(
        ({ nameSingular }) => nameSingular === 'opportunity',
      )!;

      expect(await objectEnum(legacy)).toContain('opportunity');
      // Let the legacy client open its notification stream.
      await new Promise((resolve) => setTimeout(resolve, 300));

      const hidden = await gql(UPDATE_EXPOSURE, {
        input: {
          objectId: opportunity.objectId,
          canRead: false,
          canCreate: false,
          canUpdate: false,
          canDelete: false,
          hiddenFieldIds: [],
        },
      });

      expect(hidden.errors).toBeUndefined();
      await waitFor(() => changes > 0);
      expect(await objectEnum(legacy)).not.toContain('opportunity');

      const call = await legacy.callTool({
        name: 'find_records',
        arguments: { object: 'opportunity' },
      });

      expect(call.isError).toBe(true);

      const reset = await gql<{
        resetObjectExposure: { canRead: boolean; isCustomized: boolean };
      }>(
        `mutation ($id: ID!) { resetObjectExposure(objectId: $id) { canRead isCustomized } }`,
        { id: opportunity.objectId },
      );

      expect(reset.data!.resetObjectExposure).toEqual({
        canRead: true,
        isCustomized: false,
      });
      expect(await objectEnum(legacy)).toContain('opportunity');
    });

    it('should say what a reset gives, and give exactly that: a custom object goes hidden while new objects are not exposed', async () => {
      const row = async (name: string) =>
        (
          await gql<{
            mcpObjects: {
              nameSingular: string;
              canRead: boolean;
              isExposedByDefault: boolean;
            }[];
          }>(`{ mcpObjects { nameSingular canRead isExposedByDefault } }`)
        ).data!.mcpObjects.find(({ nameSingular }) => nameSingular === name)!;
      const setExposeNew = (exposeNewObjects: boolean) =>
        gql(
          `mutation ($input: UpdateMcpSettingsInput!) { updateMcpSettings(input: $input) { exposeNewObjects } }`,
          { input: { exposeNewObjects } },
        );
      const ticket = (await objects()).find(
        ({ nameSingular }) => nameSingular === 'supportTicket',
      )!;
      const restore = () =>
        gql(UPDATE_EXPOSURE, {
          input: {
            objectId: ticket.objectId,
            canRead: true,
            canCreate: true,
            canUpdate: true,
            canDelete: true,
            hiddenFieldIds: [],
          },
        });

      const before = (
        await gql<{ mcpSettings: { exposeNewObjects: boolean } }>(
          `{ mcpSettings { exposeNewObjects } }`,
        )
      ).data!.mcpSettings.exposeNewObjects;

      await setExposeNew(false);

      try {
        expect(await row('supportTicket')).toEqual({
          nameSingular: 'supportTicket',
          canRead: true,
          isExposedByDefault: false,
        });
        expect((await row('person')).isExposedByDefault).toBe(true);

        const reset = await gql<{
          resetObjectExposure: {
            canRead: boolean;
            isExposedByDefault: boolean;
          };
        }>(
          `mutation ($id: ID!) { resetObjectExposure(objectId: $id) { canRead isExposedByDefault } }`,
          { id: ticket.objectId },
        );

        expect(reset.data!.resetObjectExposure).toEqual({
          canRead: false,
          isExposedByDefault: false,
        });

        await setExposeNew(true);
        expect(await row('supportTicket')).toMatchObject({
          canRead: true,
          isExposedByDefault: true,
        });
      } finally {
        await setExposeNew(before);
        await restore();
      }
    });

    it('should hide a field from schemas, results and filters as if it did not exist', async () => {
      const tokens = await demoTokens(server.databaseUrl);
      const client = await connect(tokens['MCP - admin']);
      const person = (await objects()).find(
        ({ nameSingular }) => nameSingular === 'person',
      )!;
      const phones = person.fields.find(({ name }) => name === 'phones')!;

      await gql(UPDATE_EXPOSURE, {
        input: {
          objectId: person.objectId,
          canRead: true,
          canCreate: true,
          canUpdate: true,
          canDelete: true,
          hiddenFieldIds: [phones.fieldId],
        },
      });

      const found = await client.callTool({
        name: 'find_records',
        arguments: { object: 'person', limit: 3 },
      });
      const filtered = await client.callTool({
        name: 'find_records',
        arguments: {
          object: 'person',
          filter: { phones: { primaryPhoneNumber: { is: 'NOT_NULL' } } },
        },
      });
      const nonexistent = await client.callTool({
        name: 'find_records',
        arguments: {
          object: 'person',
          filter: { noSuchField: { primaryPhoneNumber: { is: 'NOT_NULL' } } },
        },
      });

      expect(JSON.stringify(found.structuredContent)).not.toContain('phones');
      expect(filtered.isError).toBe(true);
      expect(JSON.stringify(filtered.content)).not.toContain('hidden');
      expect(
        JSON.stringify(filtered.content).replace(/phones/g, 'noSuchField'),
      ).toBe(JSON.stringify(nonexistent.content));
    });

    it('should refuse inconsistent exposure and foreign ids', async () => {
      const person = (await objects()).find(
        ({ nameSingular }) => nameSingular === 'person',
      )!;
      const company = (await objects()).find(
        ({ nameSingular }) => nameSingular === 'company',
      )!;
      const writeWithoutRead = await gql(UPDATE_EXPOSURE, {
        input: {
          objectId: person.objectId,
          canRead: false,
          canCreate: true,
          canUpdate: false,
          canDelete: false,
          hiddenFieldIds: [],
        },
      });
      const foreignField = await gql(UPDATE_EXPOSURE, {
        input: {
          objectId: person.objectId,
          canRead: true,
          canCreate: true,
          canUpdate: true,
          canDelete: true,
          hiddenFieldIds: [company.fields[0].fieldId],
        },
      });

      expect(writeWithoutRead.errors![0].extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      expect(foreignField.errors![0].message).toContain('hiddenFieldIds');
    });

    it('should preview what a role and scopes would see', async () => {
      const reply = await gql<{
        mcpToolPreview: {
          tools: { name: string }[];
          tokenCount: number;
          toolsListJson: string;
        };
      }>(
        `query ($input: McpToolPreviewInput!) { mcpToolPreview(input: $input) { tools { name } tokenCount toolsListJson } }`,
        {
          input: {
            roleId: await roleId('Support Agent'),
            scopes: ['READ'],
          },
        },
      );
      const preview = reply.data!.mcpToolPreview;

      expect(preview.tools.map(({ name }) => name)).toEqual([
        'list_objects',
        'describe_object',
        'search_records',
        'find_records',
        'get_records',
        'aggregate_records',
      ]);
      expect(preview.tokenCount).toBeGreaterThan(500);
      expect(preview.toolsListJson).not.toContain('"opportunity"');
    });
  });

  describe('switches', () => {
    it('should refuse every MCP call of a disabled workspace with a clear error, and serve again when re-enabled', async () => {
      const tokens = await demoTokens(server.databaseUrl);
      const ping = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
      const toggle = (isEnabled: boolean) =>
        gql(
          `mutation ($on: Boolean!) { updateMcpSettings(input: { isEnabled: $on }) { isEnabled } }`,
          { on: isEnabled },
        );

      await toggle(false);

      const refused = await postMcp(server.url, tokens['MCP - admin'], ping);
      const body = (await refused.json()) as { error: { message: string } };
      const otherWorkspace = await postMcp(
        server.url,
        tokens['Globex - admin'],
        ping,
      );

      expect(refused.status).toBe(403);
      expect(body.error.message).toContain('turned off');
      expect(body.error.message).toContain('/settings/mcp');
      expect(otherWorkspace.status).toBe(200);

      await toggle(true);
      expect(
        (await postMcp(server.url, tokens['MCP - admin'], ping)).status,
      ).toBe(200);
    });
  });
});

describe('instance switch off', () => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp({ enabled: false });
  }, 60_000);

  afterAll(() => server?.stop());

  it('should not mount the MCP endpoint or its metadata, but keep the settings API', async () => {
    const tokens = await demoTokens(server.databaseUrl);
    const mcp = await postMcp(server.url, tokens['MCP - admin'], {
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/list',
    });
    const metadata = await fetch(
      new URL('/.well-known/oauth-protected-resource/mcp', server.url),
    );
    const admin = await signInAs(server.url, 'alex.rivera@northwind.test');
    const settings = await settingsGraphql<{
      mcpSettings: { instanceEnabled: boolean };
    }>(server.url, `{ mcpSettings { instanceEnabled } }`, {}, admin);

    expect(mcp.status).toBe(404);
    expect(metadata.status).toBe(404);
    expect(settings.data!.mcpSettings.instanceEnabled).toBe(false);
  });
});

// Failed authentications per client address: refused with 429 past the
// limit, in one process or counted together through Redis.
describe('failed authentication limit', () => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp({
      authFailureLimit: { attempts: 5, windowSeconds: 60 },
    });
  }, 60_000);

  afterAll(() => server?.stop());

  it('should answer 429 with Retry-After to failures once an address used up its attempts, and still serve a valid token from it', async () => {
    const tokens = await demoTokens(server.databaseUrl);
    const ping = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
    const statuses: number[] = [];

    for (let attempt = 0; attempt < 6; attempt += 1) {
      // A different wrong token each time: the address is what is counted.
      statuses.push(
        (await postMcp(server.url, `tmcp_${String(attempt).repeat(43)}`, ping))
          .status,
      );
    }

    const blocked = await postMcp(server.url, `tmcp_${'x'.repeat(43)}`, ping);
    const valid = await postMcp(server.url, tokens['MCP - admin'], ping);

    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.json()).toMatchObject({
      error: { message: expect.stringMatching(/retry in \d+ s/) },
    });
    expect(valid.status).toBe(200);
  });

  it('should keep sign-in and the settings API apart from MCP failures, and serve a valid settings credential after failures of its own', async () => {
    const viewer = (token: string) =>
      settingsGraphql<{ mcpViewer: { name: string } }>(
        server.url,
        `{ mcpViewer { name } }`,
        {},
        token,
      );
    // The address used up its MCP attempts above; signing in still works.
    const admin = await signInAs(server.url, 'alex.rivera@northwind.test');
    const codes: (string | undefined)[] = [];

    for (let attempt = 0; attempt < 6; attempt += 1) {
      const reply = await viewer(`not-a-token-${attempt}`);

      codes.push(reply.errors?.[0]?.extensions?.code);
    }

    const served = await viewer(admin);

    expect(codes.slice(0, 4)).toEqual(Array(4).fill('UNAUTHENTICATED'));
    expect(codes.slice(4)).not.toContain('UNAUTHENTICATED');
    expect(served.errors).toBeUndefined();
    expect(served.data?.mcpViewer.name).toBeTruthy();
  });
});

describe('failed authentication limit shared through Redis', () => {
  let redis: TestRedisServer;
  let servers: TestApp[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    servers = await Promise.all(
      [1, 2].map(() =>
        startTestApp({
          authFailureLimit: { attempts: 4, windowSeconds: 60 },
          redisUrl: redis.url,
        }),
      ),
    );
  }, 90_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await redis?.stop();
  });

  it('should refuse failures of an address at one instance after it failed at the other, never a valid token', async () => {
    const [first, second] = servers;
    const ping = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
    const bad = `tmcp_${'y'.repeat(43)}`;
    const statuses: number[] = [];

    for (let attempt = 0; attempt < 2; attempt += 1) {
      statuses.push((await postMcp(first.url, bad, ping)).status);
      statuses.push((await postMcp(second.url, bad, ping)).status);
    }

    const tokens = await demoTokens(second.databaseUrl);

    // The fourth failure used up the limit, so it is answered 429.
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await postMcp(first.url, bad, ping)).status).toBe(429);
    expect((await postMcp(first.url, tokens['MCP - admin'], ping)).status).toBe(
      200,
    );
    expect(
      (await postMcp(second.url, tokens['MCP - admin'], ping)).status,
    ).toBe(200);
  });
});
