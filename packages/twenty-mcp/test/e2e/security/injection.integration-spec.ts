import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import {
  expectProtocolError,
  type RecordsContent,
  useSecurityApp,
} from './utils/use-security-app';

// Hostile text in any argument is data or a tool error, never SQL.
describe('MCP security end to end', () => {
  const security = useSecurityApp();
  const { query, count, connect, call, records } = security;
  let tokens: Record<string, string>;
  let northwind: string;

  beforeAll(() => {
    ({ tokens, northwind } = security);
  });

  describe('injection through arguments', () => {
    const CANARY = 'public.e2e_security_canary';
    const TABLES = ['person', 'company', 'opportunity', 'note', 'task'];
    let client: Client;
    let counts: () => Promise<Record<string, number>>;
    let before: Record<string, number>;

    beforeAll(async () => {
      client = await connect(tokens['MCP - admin']);
      await query(`CREATE TABLE ${CANARY} (id int PRIMARY KEY, note text)`);
      await query(`INSERT INTO ${CANARY} VALUES (1, 'still here')`);
      // One pg client: counted one table after another.
      counts = async () => {
        const result: Record<string, number> = {};

        for (const table of TABLES) {
          result[table] = await count(northwind, table);
        }

        result.apiKeys = await count('core', 'apiKey');
        result.workspaces = await count('core', 'workspace');

        return result;
      };
      before = await counts();
    });

    afterAll(async () => {
      await query(`DROP TABLE IF EXISTS ${CANARY}`);
    });

    const DROP = `'; DROP TABLE ${CANARY}; --`;

    it.each([
      [
        'a filter value',
        { object: 'person', filter: { jobTitle: { eq: DROP } } },
      ],
      [
        'an "in" list',
        {
          object: 'person',
          filter: { jobTitle: { in: [DROP, `") OR 1=1 --`] } },
        },
      ],
      [
        'an ilike pattern',
        { object: 'person', filter: { jobTitle: { ilike: `%' OR '1'='1` } } },
      ],
      [
        'a startsWith text',
        {
          object: 'person',
          filter: { jobTitle: { startsWith: `\\'; ${DROP}` } },
        },
      ],
      [
        'a composite sub-field value',
        { object: 'person', filter: { name: { lastName: { eq: DROP } } } },
      ],
      ['a search text', { object: 'person', search: `x'); ${DROP}` }],
    ])('should treat %s as data', async (_label, args) => {
      const outcome = await call(client, 'find_records', args);

      expect(outcome.isError).toBe(false);
      expect(records(outcome)).toEqual([]);
    });

    it.each([
      [
        'a field name in a filter',
        'find_records',
        {
          object: 'person',
          filter: { [`jobTitle" = '' OR 1=1 --`]: { eq: 'x' } },
        },
      ],
      [
        'a sub-field name',
        'find_records',
        {
          object: 'person',
          filter: { name: { [`lastName" --`]: { eq: 'x' } } },
        },
      ],
      [
        'an operator',
        'find_records',
        { object: 'person', filter: { jobTitle: { [`= '' OR 1=1 --`]: 'x' } } },
      ],
      [
        'an "is" value',
        'find_records',
        { object: 'person', filter: { jobTitle: { is: 'NULL OR 1=1' } } },
      ],
      [
        'an orderBy key',
        'find_records',
        {
          object: 'person',
          orderBy: [{ [`id" DESC; ${DROP}`]: 'AscNullsLast' }],
        },
      ],
      [
        'an orderBy direction',
        'find_records',
        { object: 'person', orderBy: [{ jobTitle: `ASC; ${DROP}` }] },
      ],
      [
        'a selected field',
        'find_records',
        { object: 'person', fields: [`id", (SELECT 1) AS "x`] },
      ],
      [
        'an expanded relation',
        'find_records',
        { object: 'person', expand: [`company" --`] },
      ],
      ['an object name', 'find_records', { object: `person"; ${DROP}` }],
      ['an id', 'get_records', { object: 'person', ids: [`' OR 1=1 --`] }],
      [
        'an id made of dashes',
        'get_records',
        { object: 'person', ids: ['------------------------------------'] },
      ],
      [
        'a group field',
        'aggregate_records',
        {
          object: 'person',
          groupBy: [{ field: `city" --` }],
          metrics: [{ op: 'COUNT' }],
        },
      ],
      [
        'a metric field',
        'aggregate_records',
        {
          object: 'person',
          metrics: [{ op: 'MAX', field: `city"); ${DROP}` }],
        },
      ],
      [
        'a time zone',
        'aggregate_records',
        {
          object: 'person',
          groupBy: [{ field: 'createdAt', granularity: 'DAY' }],
          metrics: [{ op: 'COUNT' }],
          timeZone: `UTC'); ${DROP}`,
        },
      ],
      [
        'a cursor that is not base64 JSON',
        'find_records',
        { object: 'person', after: `'; ${DROP}` },
      ],
      [
        'a cursor from another ordering',
        'find_records',
        {
          object: 'person',
          after: Buffer.from(JSON.stringify({ h: DROP, v: [] })).toString(
            'base64url',
          ),
        },
      ],
    ])('should refuse %s with a tool error', async (_label, tool, args) => {
      const outcome = await call(client, tool, args);

      expect(outcome.isError).toBe(true);
      expect(outcome.text).not.toMatch(
        /syntax error|relation .* does not exist|internal error/i,
      );
    });

    it('should validate tampered cursor values before they reach SQL', async () => {
      const orderBy = [{ jobTitle: 'AscNullsLast' }];
      const page = await call(client, 'find_records', {
        object: 'person',
        orderBy,
        limit: 2,
      });
      const cursor = JSON.parse(
        Buffer.from(
          (page.structuredContent as RecordsContent).pageInfo!.endCursor!,
          'base64url',
        ).toString('utf8'),
      ) as { h: string; v: string[] };
      const tampered = (values: unknown[]) =>
        Buffer.from(JSON.stringify({ ...cursor, v: values })).toString(
          'base64url',
        );
      const badId = await call(client, 'find_records', {
        object: 'person',
        orderBy,
        after: tampered([cursor.v[0], `' OR 1=1 --`]),
      });
      const badShape = await call(client, 'find_records', {
        object: 'person',
        orderBy,
        after: tampered([{ $gt: '' }, cursor.v[1]]),
      });
      const textValue = await call(client, 'find_records', {
        object: 'person',
        orderBy,
        limit: 5,
        after: tampered([`zzz' OR 1=1 --`, cursor.v[1]]),
      });

      expect(badId.isError).toBe(true);
      expect(badShape.isError).toBe(true);
      // A text sort value is only compared: the page is an ordinary one.
      expect(textValue.isError).toBe(false);
      expect(
        records(textValue).every(
          (record) =>
            record.jobTitle === null ||
            (record.jobTitle as string) > `zzz' OR 1=1 --`,
        ),
      ).toBe(true);
    });

    it('should treat hostile text in search, completions and resource URIs as data', async () => {
      const search = await call(client, 'search_records', {
        query: `x:* | !y & (z) <-> ${DROP}`,
      });
      const completion = await client.complete({
        ref: { type: 'ref/prompt', name: 'account_brief' },
        argument: { name: 'company', value: DROP },
      });

      expect(search.isError).toBe(false);
      expect(completion.completion.values).toEqual([]);

      for (const uri of [
        `twenty://workspace/${DEMO_WORKSPACE.id}/records/person"; ${DROP}/00000000-0000-4000-8000-000000000000`,
        `twenty://workspace/${DEMO_WORKSPACE.id}/records/person/------------------------------------`,
        `twenty://workspace/${DEMO_WORKSPACE.id}/objects/person'--`,
      ]) {
        await expectProtocolError(client.readResource({ uri }), -32602);
      }
    });

    it('should store hostile text verbatim on create and update', async () => {
      const hostile = `Robert'); ${DROP} \\x00 $1 ::text`;
      const created = await call(client, 'create_records', {
        object: 'person',
        records: [
          { name: { firstName: `O'Brien`, lastName: hostile }, jobTitle: DROP },
        ],
      });
      const [record] = records(created);
      const updated = await call(client, 'update_records', {
        object: 'person',
        records: [{ id: record.id, city: hostile }],
      });

      expect(created.isError).toBe(false);
      expect(updated.isError).toBe(false);
      expect(
        await query(
          `SELECT "nameFirstName", "nameLastName", "jobTitle", city FROM ${northwind}.person WHERE id = $1`,
          [record.id],
        ),
      ).toEqual([
        {
          nameFirstName: `O'Brien`,
          nameLastName: hostile,
          jobTitle: DROP,
          city: hostile,
        },
      ]);

      before = { ...before, person: before.person + 1 };
    });

    it('should leave the database as it was', async () => {
      expect(await query(`SELECT id, note FROM ${CANARY}`)).toEqual([
        { id: 1, note: 'still here' },
      ]);
      expect(await counts()).toEqual(before);
    });
  });
});
