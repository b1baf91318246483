import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import { setTimeout as sleep } from 'node:timers/promises';

import { type McpScope } from '../../../src/domain/principal/types/mcp-scope.type';
import { McpWorkspaceSettingsService } from '../../../src/storage/services/mcp-workspace-settings.service';
import { type ErasurePreview } from '../../../src/tools/types/erasure-preview.type';
import {
  callTool,
  callToolError,
  textOf,
  type ToolResult,
} from '../utils/tool-calls';
import { issueAdminMcpToken } from '../utils/issue-admin-mcp-token';
import { type E2eApp, useTestApps } from '../utils/use-test-app';

type Erased = {
  object: string;
  ids: string[];
  erased: {
    personId: string;
    activities: { objectName: string; ids: string[] }[];
    unlinkedActivities: { objectName: string; ids: string[] }[];
    clearedContacts: { objectName: string; fieldName: string; ids: string[] }[];
    timelineEntries: number;
  };
};

const ALL_SCOPES: McpScope[] = ['read', 'write', 'delete', 'destroy', 'erase'];
const UNKNOWN_ID = '00000000-0000-4000-8000-00000000dead';

// erase_person (docs/guardrails.md, "Erasure") over HTTP with the official
// SDK client: what the preview announces, that it changes nothing, and
// what the confirmed erasure removes and keeps — every row checked in
// PostgreSQL.
describe('erasing a person (right to erasure)', () => {
  const [app, perObject] = useTestApps([{}, { toolMode: 'per-object' }], {
    name: 'erasure-e2e',
  });
  let apiKey: Client;
  let eraser: Client;

  const issue = async (target: E2eApp, scopes: McpScope[]) =>
    target.connect(
      await issueAdminMcpToken(target.server, {
        name: `eraser ${scopes.join(' ')}`,
        scopes,
      }),
    );

  // Custom objects' tables start with an underscore.
  const table = (name: string) =>
    `"${app.schema}"."${name === 'subscription' ? '_subscription' : name}"`;
  const rows = async (name: string, ids: string[]) =>
    (
      await app.pg.query(
        `SELECT * FROM ${table(name)} WHERE "id" = ANY($1) ORDER BY "id"`,
        [ids],
      )
    ).rows;
  const create = async (object: string, records: Record<string, unknown>[]) =>
    (await callTool(eraser, 'create_records', { object, records })).records.map(
      (record) => record.id,
    );
  const setContactFields = (fields: string[] | null) =>
    app.server.app
      .get(McpWorkspaceSettingsService, { strict: false })
      .update(DEMO_WORKSPACE.id, { erasureContactFields: fields });

  beforeAll(async () => {
    apiKey = await app.connect(app.tokens['MCP - admin']);
    eraser = await issue(app, ALL_SCOPES);
  });

  afterEach(() => setContactFields(null));

  it('should offer erase_person only with the erase scope beside the right to destroy people', async () => {
    const names = async (client: Client) =>
      (await client.listTools()).tools.map((tool) => tool.name);
    const withoutDestroy = await issue(app, ['read', 'write', 'erase']);

    expect(await names(eraser)).toContain('erase_person');
    // Twenty's own keys never erase, whatever their role.
    expect(await names(apiKey)).not.toContain('erase_person');
    expect(await names(withoutDestroy)).not.toContain('erase_person');
    expect(
      await names(await issue(perObject, ['read', 'destroy', 'erase'])),
    ).toContain('erase_person');
  });

  it('should preview without changing anything, then erase the person and their personal data elsewhere', async () => {
    const [personId, otherId] = await create('person', [
      {
        name: { firstName: 'Erin', lastName: 'Erased' },
        emails: {
          primaryEmail: 'erin.erased@example.com',
          additionalEmails: ['erin@home.example'],
        },
        phones: {
          primaryPhoneNumber: '612345678',
          primaryPhoneCountryCode: 'FR',
          primaryPhoneCallingCode: '+33',
        },
      },
      { name: { firstName: 'Kept', lastName: 'Colleague' } },
    ]);
    const [companyId] = await create('company', [{ name: 'Erasure Co' }]);
    const [aloneNote, sharedNote, trashedNote] = await create(
      'note',
      [[personId], [personId, otherId], [personId]].map((ids, index) => ({
        title: `Erasure note ${index}`,
        targets: ids.map((id) => ({ object: 'person', id })),
      })),
    );
    const [aloneTask] = await create('task', [
      { title: 'Call Erin', targets: [{ object: 'person', id: personId }] },
    ]);
    const [billedTo, unrelated] = await create('subscription', [
      {
        name: 'Erin plan',
        billingEmails: {
          primaryEmail: 'ERIN.ERASED@example.com',
          additionalEmails: ['billing@example.com'],
        },
        billingPhones: {
          primaryPhoneNumber: '06 12 34 56 78',
          primaryPhoneCountryCode: 'FR',
          primaryPhoneCallingCode: '+33',
        },
      },
      {
        name: 'Other plan',
        billingEmails: { primaryEmail: 'someone.else@example.com' },
      },
    ]);

    await callTool(eraser, 'delete_records', {
      object: 'note',
      ids: [trashedNote],
    });
    const timeline = (
      await app.pg.query<{ id: string }>(
        `INSERT INTO ${table('timelineActivity')} ("name", "targetPersonId", "targetCompanyId", "linkedRecordId", "linkedRecordCachedName")
         VALUES ('person.updated', $1, NULL, NULL, ''),
                ('linked-note.created', NULL, $2, $3, 'Erasure note 0')
         RETURNING "id"`,
        [personId, companyId, aloneNote],
      )
    ).rows.map(({ id }) => id);
    const snapshot = async () => ({
      person: await rows('person', [personId, otherId]),
      notes: await rows('note', [aloneNote, sharedNote, trashedNote]),
      tasks: await rows('task', [aloneTask]),
      links: (
        await app.pg.query(
          `SELECT * FROM ${table('noteTarget')} WHERE "noteId" = ANY($1) ORDER BY "id"`,
          [[aloneNote, sharedNote, trashedNote]],
        )
      ).rows,
      subscriptions: await rows('subscription', [billedTo, unrelated]),
      timeline: await rows('timelineActivity', timeline),
    });
    const before = await snapshot();

    const preview = await callTool<ErasurePreview>(eraser, 'erase_person', {
      id: personId,
    });

    expect(preview).toMatchObject({
      object: 'person',
      confirmationRequired: true,
      matchedCount: 1,
      sample: [{ id: personId, label: 'Erin Erased' }],
      erasure: {
        activities: expect.arrayContaining([
          {
            object: 'note',
            erasedCount: 2,
            erased: expect.arrayContaining([
              { id: aloneNote, label: 'Erasure note 0' },
              { id: trashedNote, label: 'Erasure note 2' },
            ]),
            unlinkedCount: 1,
            unlinked: [{ id: sharedNote, label: 'Erasure note 1' }],
          },
          {
            object: 'task',
            erasedCount: 1,
            erased: [{ id: aloneTask, label: 'Call Erin' }],
            unlinkedCount: 0,
            unlinked: [],
          },
        ]),
        contactFields: [
          { object: 'subscription', field: 'billingEmails', recordCount: 1 },
          { object: 'subscription', field: 'billingPhones', recordCount: 1 },
        ],
        timelineEntries: expect.any(Number),
      },
    });
    expect(preview.erasure.timelineEntries).toBeGreaterThanOrEqual(2);
    expect(preview.effect).toContain('2 notes about them alone');
    expect(preview.effect).toContain('the link from 1 note also about others');
    // Fields as the workspace labels them, the parts as one sentence.
    expect(preview.effect).toMatch(
      /their contact details in the "Billing emails" field of 1 subscription, their contact details in the "Billing phones" field of 1 subscription, and \d+ timeline entries\. This cannot be undone\.$/,
    );
    expect(preview.nextStep).toContain(preview.confirmationToken);
    expect(await snapshot()).toEqual(before);

    const erased = await callTool<Erased>(eraser, 'erase_person', {
      id: personId,
      confirmationToken: preview.confirmationToken,
    });

    expect(erased.erased).toMatchObject({
      personId,
      activities: expect.arrayContaining([
        {
          objectName: 'note',
          ids: expect.arrayContaining([aloneNote, trashedNote]),
        },
        { objectName: 'task', ids: [aloneTask] },
      ]),
      clearedContacts: [
        {
          objectName: 'subscription',
          fieldName: 'billingEmails',
          ids: [billedTo],
        },
        {
          objectName: 'subscription',
          fieldName: 'billingPhones',
          ids: [billedTo],
        },
      ],
    });
    expect(erased.ids).toEqual(
      expect.arrayContaining([
        personId,
        aloneNote,
        trashedNote,
        aloneTask,
        sharedNote,
        billedTo,
      ]),
    );

    const after = await snapshot();

    expect(after.person.map(({ id }) => id)).toEqual([otherId]);
    expect(after.person).toEqual(
      before.person.filter(({ id }) => id === otherId),
    );
    expect(after.notes.map(({ id }) => id)).toEqual([sharedNote]);
    expect(after.tasks).toEqual([]);
    // The shared note keeps its text and its link to the colleague only.
    expect(after.links).toEqual([
      expect.objectContaining({ noteId: sharedNote, targetPersonId: otherId }),
    ]);
    expect(after.timeline).toEqual([]);

    const [billed, other] = [billedTo, unrelated].map((id) =>
      after.subscriptions.find((row) => row.id === id)!,
    );

    expect(billed).toMatchObject({
      name: 'Erin plan',
      billingEmailsPrimaryEmail: 'billing@example.com',
      billingEmailsAdditionalEmails: null,
      billingPhonesPrimaryPhoneNumber: '',
      billingPhonesPrimaryPhoneCallingCode: '',
    });
    expect(other).toEqual(
      before.subscriptions.find((row) => row.id === unrelated),
    );

    // Single use; the person is gone.
    expect(
      await callToolError(eraser, 'erase_person', {
        id: personId,
        confirmationToken: preview.confirmationToken,
      }),
    ).toMatch(/confirmation/i);
    expect(
      await callToolError(eraser, 'erase_person', { id: personId }),
    ).toContain(`No person with id ${personId}`);
  });

  it('should record the erasure in the audit trail by ids, without the erased content', async () => {
    const [personId] = await create('person', [
      {
        name: { firstName: 'Audit', lastName: 'Subject' },
        emails: { primaryEmail: 'audit.subject@example.com' },
      },
    ]);
    const { confirmationToken } = await callTool<ErasurePreview>(
      eraser,
      'erase_person',
      { id: personId },
    );

    await callTool(eraser, 'erase_person', { id: personId, confirmationToken });

    const audited = async () =>
      (
        await app.pg.query<{ recordIds: string[]; row: string }>(
          `SELECT "recordIds", to_jsonb(e)::text AS "row" FROM mcp."auditEvent" e
            WHERE "workspaceId" = $1 AND "action" = 'erase_person' AND $2 = ANY("recordIds")`,
          [DEMO_WORKSPACE.id, personId],
        )
      ).rows;
    let events = await audited();

    // The trail is written off the request path: wait for it to land.
    for (let attempt = 0; events.length === 0 && attempt < 100; attempt++) {
      await sleep(100);
      events = await audited();
    }

    expect(events).toHaveLength(1);
    expect(events[0].row).not.toMatch(/Audit|Subject|audit\.subject/);
  });

  it('should refuse, changing nothing, when part of the erasure is beyond the token', async () => {
    // No `write`: the person's address in a subscription cannot be cleared.
    const limited = await issue(app, ['read', 'destroy', 'erase']);
    const [personId] = await create('person', [
      {
        name: { firstName: 'Partly', lastName: 'Allowed' },
        emails: { primaryEmail: 'partly.allowed@example.com' },
      },
    ]);
    const [subscriptionId] = await create('subscription', [
      {
        name: 'Partly plan',
        billingEmails: { primaryEmail: 'partly.allowed@example.com' },
      },
    ]);
    const before = await rows('subscription', [subscriptionId]);
    const result = (await limited.callTool({
      name: 'erase_person',
      arguments: { id: personId },
    })) as ToolResult;

    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('update Billing emails on subscriptions');
    expect(await rows('person', [personId])).toHaveLength(1);
    expect(await rows('subscription', [subscriptionId])).toEqual(before);
  });

  it("should clear only the workspace's chosen contact fields", async () => {
    const email = 'chosen.fields@example.com';
    const [personId] = await create('person', [
      {
        name: { firstName: 'Chosen', lastName: 'Fields' },
        emails: { primaryEmail: email },
      },
    ]);
    const [subscriptionId] = await create('subscription', [
      { name: email, billingEmails: { primaryEmail: email } },
    ]);

    await setContactFields(['subscription.name']);

    const { confirmationToken, erasure } = await callTool<ErasurePreview>(
      eraser,
      'erase_person',
      { id: personId },
    );

    expect(erasure.contactFields).toEqual([
      { object: 'subscription', field: 'name', recordCount: 1 },
    ]);

    await callTool(eraser, 'erase_person', { id: personId, confirmationToken });

    const [subscription] = await rows('subscription', [subscriptionId]);

    expect(subscription).toMatchObject({
      name: '',
      billingEmailsPrimaryEmail: email,
    });
  });

  it('should say there is no such person, and refuse a malformed id', async () => {
    expect(
      await callToolError(eraser, 'erase_person', { id: UNKNOWN_ID }),
    ).toContain(`No person with id ${UNKNOWN_ID}`);
    expect(
      await callToolError(eraser, 'erase_person', { id: 'not-an-id' }),
    ).toMatch(/id/);
  });
});
