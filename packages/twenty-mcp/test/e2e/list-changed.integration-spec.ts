import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import { type TestApp } from '../utils/start-test-app';
import { useTestApp } from './utils/use-test-app';

const POLL_INTERVAL_MS = 200;

const waitFor = async (check: () => boolean, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs;

  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error('timed out waiting');
    }

    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

// A custom field added the way Twenty adds one: a fieldMetadata row, the
// physical column, and a bumped metadataVersion.
const addSupportTicketField = async (server: TestApp, name: string) => {
  await server.dataSource.transaction(async (manager) => {
    const [{ databaseSchema }] = await manager.query(
      `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
      [DEMO_WORKSPACE.id],
    );

    await manager.query(
      `INSERT INTO core."fieldMetadata"
       SELECT (jsonb_populate_record(NULL::core."fieldMetadata",
                 to_jsonb(f) || jsonb_build_object(
                   'id', gen_random_uuid(), 'universalIdentifier', gen_random_uuid(),
                   'name', $2::text, 'label', 'Renewal notes', 'description', 'Notes for the renewal call'))).*
         FROM core."fieldMetadata" f
         JOIN core."objectMetadata" o ON o."id" = f."objectMetadataId"
        WHERE f."workspaceId" = $1 AND o."nameSingular" = 'supportTicket'
          AND f."type" = 'TEXT' AND NOT f."isSystem"
        LIMIT 1`,
      [DEMO_WORKSPACE.id, name],
    );
    await manager.query(
      `ALTER TABLE "${databaseSchema}"."_supportTicket" ADD COLUMN "${name}" text NOT NULL DEFAULT ''`,
    );
    await manager.query(
      `UPDATE core."workspace" SET "metadataVersion" = "metadataVersion" + 1 WHERE "id" = $1`,
      [DEMO_WORKSPACE.id],
    );
  });
};

describe('list_changed when the workspace model changes', () => {
  const e2e = useTestApp(
    { listChangedPollIntervalMs: POLL_INTERVAL_MS },
    { name: 'list-changed' },
  );

  const connect = (
    mode: 'legacy' | 'auto',
    token: string,
    onToolsChanged: () => void,
  ): Promise<Client> =>
    e2e.connect(token, {
      name: `list-changed-${mode}`,
      mode,
      onToolsListChanged: onToolsChanged,
    });

  it('should notify legacy GET streams and modern listeners of this workspace only, and serve the new field next', async () => {
    const { tokens } = e2e;
    const received = { legacy: 0, modern: 0, otherWorkspace: 0 };
    const legacy = await connect('legacy', tokens['MCP - admin'], () => {
      received.legacy += 1;
    });
    const modern = await connect('auto', tokens['MCP - admin'], () => {
      received.modern += 1;
    });
    const globex = await connect('auto', tokens['Globex - admin'], () => {
      received.otherWorkspace += 1;
    });

    expect(legacy.getProtocolEra()).toBe('legacy');
    expect(modern.getProtocolEra()).toBe('modern');

    const subscriptions = await Promise.all(
      [modern, globex].map((client) =>
        client.listen({ toolsListChanged: true }),
      ),
    );

    expect(subscriptions[0].honoredFilter).toMatchObject({
      toolsListChanged: true,
    });
    // The legacy client opens its GET stream on its own after initialize;
    // give it and the notifier's first cache-key read a poll or two.
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS * 3));

    await addSupportTicketField(e2e.server, 'renewalNotes');
    await waitFor(() => received.legacy > 0 && received.modern > 0);

    const described = await modern.callTool({
      name: 'describe_object',
      arguments: { object: 'supportTicket' },
    });

    expect(JSON.stringify(described.structuredContent)).toContain(
      'renewalNotes',
    );

    // Several polls later, still nothing for the other workspace.
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS * 3));
    expect(received.otherWorkspace).toBe(0);
    expect(received.legacy).toBe(1);
    expect(received.modern).toBe(1);

    await Promise.all(
      subscriptions.map((subscription) => subscription.close()),
    );
  });
});
