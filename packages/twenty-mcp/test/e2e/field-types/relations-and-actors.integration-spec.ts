import { type Client } from '@modelcontextprotocol/client';
import { type Client as PgClient } from 'pg';

import { connectClient } from '../utils/connect-client';
import { callTool, callToolError } from '../utils/tool-calls';
import { RELATION_CASES } from './cases/relations';
import { describeFieldCases } from './utils/describe-field-cases';
import { type Fixtures } from './utils/field-case';
import { useFieldTypesApp } from './utils/use-field-types-app';

// Relations of the custom objects, both sides, and the actor fields the
// server stamps, through the compact tools, checked against PostgreSQL.
describe('field types through the MCP tools (compact surface)', () => {
  const app = useFieldTypesApp();
  const { getRecord, findIds, sqlIds, readColumns, table } = app;
  let admin: Client;
  let pg: PgClient;
  let schema: string;
  let fixtures: Fixtures;

  beforeAll(() => {
    ({ admin, pg, schema, fixtures } = app);
  });

  describeFieldCases(app, RELATION_CASES);

  describe('fields the server maintains', () => {
    it('ACTOR: createdBy / updatedBy are stamped with the API key, filterable and sortable', async () => {
      const {
        records: [created],
      } = await callTool(admin, 'create_records', {
        object: 'supportTicket',
        records: [{ name: 'FT actor' }],
      });
      const apiActor = (name: string) => ({
        source: 'API',
        workspaceMemberId: null,
        name,
      });

      expect(created.createdBy).toEqual(apiActor('MCP - admin'));
      expect(created.updatedBy).toEqual(apiActor('MCP - admin'));

      // Another credential updates: only updatedBy changes.
      const contractor = await connectClient(
        app.e2e.server.url,
        app.e2e.tokens['MCP - contractor'],
        { name: 'field-types-e2e' },
      );

      try {
        const {
          records: [updated],
        } = await callTool(contractor, 'update_records', {
          object: 'supportTicket',
          records: [{ id: created.id, isResolved: true }],
        });

        expect(updated.createdBy).toEqual(apiActor('MCP - admin'));
        expect(updated.updatedBy).toEqual(apiActor('MCP - contractor'));
      } finally {
        await contractor.close();
      }

      expect(
        await readColumns('supportTicket', created.id, [
          '"createdBySource"::text',
          '"createdByName"',
          '"createdByWorkspaceMemberId"',
          '"updatedBySource"::text',
          '"updatedByName"',
        ]),
      ).toEqual({
        '"createdBySource"::text': 'API',
        '"createdByName"': 'MCP - admin',
        '"createdByWorkspaceMemberId"': null,
        '"updatedBySource"::text': 'API',
        '"updatedByName"': 'MCP - contractor',
      });

      const byApi = await findIds('supportTicket', {
        filter: {
          createdBy: { source: { eq: 'API' }, name: { eq: 'MCP - admin' } },
        },
      });

      expect([...byApi].sort()).toEqual(
        await sqlIds(
          'supportTicket',
          `"createdBySource" = 'API' AND "createdByName" = 'MCP - admin'`,
        ),
      );
      expect(byApi).toContain(created.id);

      const sorted = await findIds(
        'supportTicket',
        { orderBy: [{ updatedBy: { name: 'DescNullsLast' } }] },
        17,
      );
      const { rows } = await pg.query<{ id: string }>(
        `SELECT "id" FROM ${table('supportTicket')} WHERE "deletedAt" IS NULL ORDER BY "updatedByName" DESC NULLS LAST, "id"`,
      );

      expect(sorted).toEqual(rows.map((row) => row.id));
      expect(
        await callToolError(admin, 'update_records', {
          object: 'supportTicket',
          records: [{ id: created.id, createdBy: { name: 'Someone else' } }],
        }),
      ).toMatch(
        /"createdBy" cannot be written: it is maintained by the server/,
      );
    });
  });

  describe('relations, both sides', () => {
    it('RICH_TEXT keeps markdown and writes the BlockNote document Twenty edits', async () => {
      const markdown =
        '# Terms\n\nPay **net 30** via [portal](https://p.test).\n\n- one\n- two\n\n1. first';
      const {
        records: [created],
      } = await callTool(admin, 'create_records', {
        object: 'subscription',
        records: [{ name: 'FT blocknote', terms: markdown }],
      });
      const stored = await readColumns('subscription', created.id, [
        '"termsMarkdown"',
        '"termsBlocknote"',
      ]);
      const blocks = JSON.parse(String(stored['"termsBlocknote"']));

      expect(created.terms).toBe(markdown);
      expect(stored['"termsMarkdown"']).toBe(markdown);
      expect(blocks).toMatchObject([
        {
          type: 'heading',
          props: { level: 1 },
          content: [{ type: 'text', text: 'Terms' }],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Pay ', styles: {} },
            { type: 'text', text: 'net 30', styles: { bold: true } },
            { type: 'text', text: ' via ' },
            {
              type: 'link',
              href: 'https://p.test',
              content: [{ type: 'text', text: 'portal' }],
            },
            { type: 'text', text: '.' },
          ],
        },
        { type: 'bulletListItem', content: [{ text: 'one' }] },
        { type: 'bulletListItem', content: [{ text: 'two' }] },
        { type: 'numberedListItem', content: [{ text: 'first' }] },
      ]);
      expect(
        new Set(blocks.map((block: { id: string }) => block.id)).size,
      ).toBe(5);

      // Clearing rich text clears both columns.
      await callTool(admin, 'update_records', {
        object: 'subscription',
        records: [{ id: created.id, terms: null }],
      });
      expect(
        await readColumns('subscription', created.id, [
          '"termsMarkdown"',
          '"termsBlocknote"',
        ]),
      ).toEqual({ '"termsMarkdown"': null, '"termsBlocknote"': null });
    });

    it('many-to-one expands to the related record; one-to-many lists the records pointing back', async () => {
      const [companyId] = fixtures.companyIds;
      const {
        records: [subscription],
      } = await callTool(admin, 'create_records', {
        object: 'subscription',
        records: [{ name: 'FT with tickets', companyId }],
      });
      const { records: tickets } = await callTool(admin, 'create_records', {
        object: 'supportTicket',
        records: [
          {
            name: 'FT ticket A',
            subscriptionId: subscription.id,
            requesterId: fixtures.personIds[0],
            aboutCompanyId: companyId,
          },
          {
            name: 'FT ticket B',
            subscriptionId: subscription.id,
            aboutOpportunityId: fixtures.opportunityIds[0],
          },
        ],
      });
      const companyName = (
        await pg.query(
          `SELECT "name" FROM "${schema}"."company" WHERE "id" = $1`,
          [companyId],
        )
      ).rows[0].name;

      const expanded = await getRecord('subscription', subscription.id, {
        expand: ['company', 'supportTickets'],
      });

      expect(expanded.company).toEqual(
        expect.objectContaining({ id: companyId, name: companyName }),
      );
      expect(expanded.supportTickets).toEqual({
        totalCount: 2,
        records: expect.arrayContaining([
          { id: tickets[0].id, name: 'FT ticket A' },
          { id: tickets[1].id, name: 'FT ticket B' },
        ]),
      });

      const ticket = await getRecord('supportTicket', tickets[0].id, {
        expand: [
          'subscription',
          'requester',
          'aboutCompany',
          'aboutOpportunity',
        ],
      });
      const person = (
        await pg.query(
          `SELECT "nameFirstName", "nameLastName" FROM "${schema}"."person" WHERE "id" = $1`,
          [fixtures.personIds[0]],
        )
      ).rows[0];

      expect(ticket.subscription).toEqual(
        expect.objectContaining({
          id: subscription.id,
          name: 'FT with tickets',
        }),
      );
      expect(ticket.requester).toEqual(
        expect.objectContaining({
          id: fixtures.personIds[0],
          name: {
            firstName: person.nameFirstName,
            lastName: person.nameLastName,
          },
        }),
      );
      expect(ticket.aboutCompany).toEqual(
        expect.objectContaining({ id: companyId, name: companyName }),
      );
      expect(ticket.aboutOpportunity).toBeNull();

      // The inverse sides, counted against PostgreSQL.
      const company = await (async () => {
        const { records } = await callTool(admin, 'get_records', {
          object: 'company',
          ids: [companyId],
          fields: ['name'],
          expand: ['subscriptions', 'supportTicketsAbout'],
        });

        return records[0];
      })();
      const count = async (sqlTable: string, column: string) =>
        Number(
          (
            await pg.query(
              `SELECT count(*) AS "count" FROM "${schema}"."${sqlTable}" WHERE "${column}" = $1 AND "deletedAt" IS NULL`,
              [companyId],
            )
          ).rows[0].count,
        );

      expect(company.subscriptions).toMatchObject({
        totalCount: await count('_subscription', 'companyId'),
      });
      expect(
        (company.subscriptions as { records: { id: string }[] }).records.map(
          (record) => record.id,
        ),
      ).toContain(subscription.id);
      expect(company.supportTicketsAbout).toMatchObject({
        totalCount: await count('_supportTicket', 'aboutCompanyId'),
      });
      expect(
        (
          company.supportTicketsAbout as { records: { id: string }[] }
        ).records.map((record) => record.id),
      ).toContain(tickets[0].id);

      // A one-to-many side is read-only: it is written from the other end.
      expect(
        await callToolError(admin, 'update_records', {
          object: 'subscription',
          records: [{ id: subscription.id, supportTickets: [tickets[0].id] }],
        }),
      ).toMatch(
        /"supportTickets" cannot be written: it is a one-to-many relation; set "subscriptionId" on the supportTicket records instead/,
      );
      expect(
        await callToolError(admin, 'update_records', {
          object: 'supportTicket',
          records: [{ id: tickets[0].id, subscription: subscription.id }],
        }),
      ).toMatch(
        /"subscription" is a relation: set "subscriptionId" to the id of a subscription/,
      );

      // Setting a relation to null detaches the record.
      await callTool(admin, 'update_records', {
        object: 'supportTicket',
        records: [{ id: tickets[1].id, subscriptionId: null }],
      });
      expect(
        (
          await getRecord('subscription', subscription.id, {
            expand: ['supportTickets'],
          })
        ).supportTickets,
      ).toEqual({
        totalCount: 1,
        records: [{ id: tickets[0].id, name: 'FT ticket A' }],
      });
    });
  });
});
