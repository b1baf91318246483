import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import { type TestApp } from '../../utils/start-test-app';
import {
  HIDDEN_FIELD_WORDS,
  type SearchContent,
  useSecurityApp,
  withoutEcho,
} from './utils/use-security-app';

// What a role may not do with fields, in both tool modes: fields it cannot
// read are absent everywhere, in schemas, results, filters and writes.
describe('MCP security end to end', () => {
  const security = useSecurityApp({ perObject: true });
  const { query, count, connect, call, records } = security;
  let perObjectServer: TestApp;
  let tokens: Record<string, string>;
  let northwind: string;

  beforeAll(() => {
    ({ perObjectServer, tokens, northwind } = security);
  });

  describe('fields the role cannot read (Contractor → person.phones, company.annualRecurringRevenue)', () => {
    let contractor: Client;
    let contractorPerObject: Client;
    let admin: Client;
    let adminPerObject: Client;
    let phonePerson: { id: string; phone: string; jobTitle: string | null };
    let revenueCompany: { id: string; micros: string };

    beforeAll(async () => {
      contractor = await connect(tokens['MCP - contractor']);
      contractorPerObject = await connect(tokens['MCP - contractor'], {
        url: perObjectServer.url,
      });
      admin = await connect(tokens['MCP - admin']);
      adminPerObject = await connect(tokens['MCP - admin'], {
        url: perObjectServer.url,
      });
      phonePerson = (
        await query<{ id: string; phone: string; jobTitle: string | null }>(
          `SELECT id, "phonesPrimaryPhoneNumber" AS phone, "jobTitle" FROM ${northwind}.person
            WHERE length("phonesPrimaryPhoneNumber") >= 8 AND "deletedAt" IS NULL
            ORDER BY id LIMIT 1`,
        )
      )[0];
      revenueCompany = (
        await query<{ id: string; micros: string }>(
          `SELECT id, "annualRecurringRevenueAmountMicros"::text AS micros FROM ${northwind}.company
            WHERE "annualRecurringRevenueAmountMicros" > 0 AND "deletedAt" IS NULL
            ORDER BY id LIMIT 1`,
        )
      )[0];
    });

    it('should leave them out of every tool schema in both tool modes', async () => {
      // Subscriptions have billing phones of their own: only the tools for
      // people and companies, and the compact ones, are about these fields.
      const schemasOf = async (client: Client) =>
        JSON.stringify(
          (await client.listTools()).tools
            .filter(
              (tool) => !/_(subscriptions|support_tickets)$/.test(tool.name),
            )
            .map((tool) => [tool.inputSchema, tool.outputSchema]),
        );

      expect(await schemasOf(contractor)).not.toMatch(HIDDEN_FIELD_WORDS);
      expect(await schemasOf(contractorPerObject)).not.toMatch(
        HIDDEN_FIELD_WORDS,
      );
      expect(await schemasOf(adminPerObject)).toMatch(/"phones"/);
      expect(await schemasOf(adminPerObject)).toMatch(
        /"annualRecurringRevenue"/,
      );
    });

    it('should leave them out of object descriptions and object resources', async () => {
      for (const object of ['person', 'company']) {
        const described = await call(contractor, 'describe_object', {
          object,
        });
        const resource = await contractor.readResource({
          uri: `twenty://workspace/${DEMO_WORKSPACE.id}/objects/${object}`,
        });

        expect(described.text).not.toMatch(HIDDEN_FIELD_WORDS);
        expect(JSON.stringify(resource.contents)).not.toMatch(
          HIDDEN_FIELD_WORDS,
        );
      }
    });

    it('should leave them out of every read result', async () => {
      const results = [
        await call(contractor, 'find_records', {
          object: 'person',
          filter: { id: { eq: phonePerson.id } },
        }),
        await call(contractor, 'get_records', {
          object: 'person',
          ids: [phonePerson.id],
        }),
        await call(contractor, 'find_records', {
          object: 'company',
          filter: { id: { eq: revenueCompany.id } },
          expand: ['people'],
        }),
        await call(contractor, 'get_records', {
          object: 'company',
          ids: [revenueCompany.id],
        }),
      ];
      const resource = await contractor.readResource({
        uri: `twenty://workspace/${DEMO_WORKSPACE.id}/records/person/${phonePerson.id}`,
      });

      for (const result of results) {
        expect(result.isError).toBe(false);
        expect(records(result)).toHaveLength(1);
        expect(result.text).not.toMatch(HIDDEN_FIELD_WORDS);
        expect(result.text).not.toContain(phonePerson.phone);
        expect(result.text).not.toContain(revenueCompany.micros);
      }

      expect(JSON.stringify(resource.contents)).not.toContain(
        phonePerson.phone,
      );
      expect(JSON.stringify(resource.contents)).not.toMatch(HIDDEN_FIELD_WORDS);
    });

    it('should not let search match what a hidden field holds', async () => {
      const phone = phonePerson.phone;

      for (const text of [phone, phone.slice(0, 6)]) {
        const search = await call(contractor, 'search_records', {
          query: text,
          objects: ['person'],
          limit: 50,
        });
        const find = await call(contractor, 'find_records', {
          object: 'person',
          search: text,
          limit: 100,
        });

        expect(search.isError).toBe(false);
        expect(
          (search.structuredContent as SearchContent).hits.map((hit) => hit.id),
        ).not.toContain(phonePerson.id);
        expect(find.isError).toBe(false);
        expect(records(find).map((record) => record.id)).not.toContain(
          phonePerson.id,
        );
      }

      // The admin, who may read phones, finds the person by number.
      const adminSearch = await call(admin, 'search_records', {
        query: phone,
        objects: ['person'],
      });

      expect(
        (adminSearch.structuredContent as SearchContent).hits.map(
          (hit) => hit.id,
        ),
      ).toContain(phonePerson.id);
    });

    it.each([
      [
        'a filter',
        'find_records',
        {
          object: 'person',
          filter: { phones: { primaryPhoneNumber: { eq: '0' } } },
        },
      ],
      [
        'a filter on the raw column',
        'find_records',
        { object: 'person', filter: { phonesPrimaryPhoneNumber: { eq: '0' } } },
      ],
      [
        'an orderBy',
        'find_records',
        {
          object: 'person',
          orderBy: [{ phones: { primaryPhoneNumber: 'AscNullsLast' } }],
        },
      ],
      [
        'a field selection',
        'find_records',
        { object: 'person', fields: ['phones'] },
      ],
      [
        'a group',
        'aggregate_records',
        {
          object: 'person',
          groupBy: [{ field: 'phones', subField: 'primaryPhoneCountryCode' }],
          metrics: [{ op: 'COUNT' }],
        },
      ],
      [
        'a metric',
        'aggregate_records',
        {
          object: 'company',
          metrics: [
            { op: 'SUM', field: 'annualRecurringRevenue', subField: 'amount' },
          ],
        },
      ],
      [
        'an emptiness metric',
        'aggregate_records',
        { object: 'person', metrics: [{ op: 'COUNT_EMPTY', field: 'phones' }] },
      ],
      [
        'an annualRecurringRevenue filter',
        'find_records',
        {
          object: 'company',
          filter: { annualRecurringRevenue: { amount: { gt: 0 } } },
        },
      ],
    ])(
      'should refuse it in %s like a field that does not exist',
      async (_label, tool, args) => {
        const outcome = await call(contractor, tool, args);

        expect(outcome.isError).toBe(true);
        expect(
          withoutEcho(
            outcome.text,
            'phonesPrimaryPhoneNumber',
            'primaryPhoneNumber',
            'primaryPhoneCountryCode',
            'annualRecurringRevenue',
            'phones',
          ),
        ).not.toMatch(/phone|recurring|PHONES|CURRENCY/i);
      },
    );

    it('should refuse it in writes, write nothing and return nothing of it', async () => {
      const peopleBefore = await count(northwind, 'person');
      const create = await call(contractor, 'create_records', {
        object: 'person',
        records: [
          {
            name: { firstName: 'Hidden', lastName: 'Writer' },
            phones: { primaryPhoneNumber: '5550100' },
          },
        ],
      });
      const update = await call(contractor, 'update_records', {
        object: 'person',
        records: [
          { id: phonePerson.id, phones: { primaryPhoneNumber: '5550100' } },
        ],
      });
      const updateRevenue = await call(contractor, 'update_records', {
        object: 'company',
        records: [
          {
            id: revenueCompany.id,
            annualRecurringRevenue: { amount: 1, currencyCode: 'USD' },
          },
        ],
      });
      const updateEmails = await call(contractor, 'update_records', {
        object: 'person',
        records: [
          { id: phonePerson.id, emails: { primaryEmail: 'x@e2e.test' } },
        ],
      });

      for (const outcome of [create, update, updateRevenue, updateEmails]) {
        expect(outcome.isError).toBe(true);
        expect(outcome.text).not.toContain(phonePerson.phone);
      }

      expect(await count(northwind, 'person')).toBe(peopleBefore);
      expect(
        await query(
          `SELECT "phonesPrimaryPhoneNumber" AS phone, "emailsPrimaryEmail" AS email FROM ${northwind}.person WHERE id = $1`,
          [phonePerson.id],
        ),
      ).toEqual([
        {
          phone: phonePerson.phone,
          email: expect.not.stringMatching(/^x@e2e\.test$/),
        },
      ]);
      expect(
        (
          await query<{ micros: string }>(
            `SELECT "annualRecurringRevenueAmountMicros"::text AS micros FROM ${northwind}.company WHERE id = $1`,
            [revenueCompany.id],
          )
        )[0].micros,
      ).toBe(revenueCompany.micros);

      // Allowed writes succeed and their results leave the hidden field out.
      const created = await call(contractor, 'create_records', {
        object: 'person',
        records: [{ name: { firstName: 'Visible', lastName: 'Contractor' } }],
      });
      const updated = await call(contractor, 'update_records', {
        object: 'person',
        records: [{ id: phonePerson.id, jobTitle: 'Contractor-updated' }],
      });

      for (const outcome of [created, updated]) {
        expect(outcome.isError).toBe(false);
        expect(outcome.text).not.toMatch(HIDDEN_FIELD_WORDS);
        expect(outcome.text).not.toContain(phonePerson.phone);
      }
    });
  });
});
