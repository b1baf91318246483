import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE, SECOND_WORKSPACE } from '@twenty-mcp/twenty-db';

import {
  expectProtocolError,
  type SearchContent,
  useSecurityApp,
} from './utils/use-security-app';

// One workspace's credential never reaches another workspace's records.
describe('MCP security end to end', () => {
  const security = useSecurityApp();
  const { query, ids, connect, call, records } = security;
  let tokens: Record<string, string>;
  let northwind: string;
  let globex: string;

  beforeAll(() => {
    ({ tokens, northwind, globex } = security);
  });

  describe('workspace isolation', () => {
    let northwindClient: Client;
    let globexClient: Client;
    let globexIds: Record<'person' | 'company' | 'opportunity', string[]>;
    let allGlobexIds: Set<string>;
    let globexOnlyCompany: string;
    let globexOnlyPerson: { id: string; lastName: string };

    beforeAll(async () => {
      northwindClient = await connect(tokens['MCP - admin']);
      globexClient = await connect(tokens['Globex - admin']);
      globexIds = {
        person: await ids(globex, 'person'),
        company: await ids(globex, 'company'),
        opportunity: await ids(globex, 'opportunity'),
      };
      allGlobexIds = new Set(
        (
          await query<{ id: string }>(
            ['person', 'company', 'opportunity', 'note', 'task']
              .map((table) => `SELECT id FROM ${globex}.${table}`)
              .join(' UNION ALL '),
          )
        ).map((row) => row.id),
      );
      // Names no Northwind record carries, so a hit can only come from Globex.
      globexOnlyCompany = 'Zyxwvut Holdings';
      globexOnlyPerson = { id: globexIds.person[0], lastName: 'Quuxworthy' };
      await query(`UPDATE ${globex}.company SET name = $1 WHERE id = $2`, [
        globexOnlyCompany,
        globexIds.company[0],
      ]);
      await query(
        `UPDATE ${globex}.person SET "nameLastName" = $1 WHERE id = $2`,
        [globexOnlyPerson.lastName, globexOnlyPerson.id],
      );
    });

    it.each(['person', 'company', 'opportunity'] as const)(
      'should not return another workspace’s %s records by id',
      async (object) => {
        const fromNorthwind = await call(northwindClient, 'get_records', {
          object,
          ids: globexIds[object],
        });
        const fromGlobex = await call(globexClient, 'get_records', {
          object,
          ids: globexIds[object],
        });

        expect(fromNorthwind.isError).toBe(false);
        expect(records(fromNorthwind)).toEqual([]);
        expect(fromNorthwind.structuredContent.missingIds).toEqual(
          globexIds[object],
        );
        expect(records(fromGlobex)).toHaveLength(globexIds[object].length);
      },
    );

    it('should not find another workspace’s records by id filters or relation ids', async () => {
      const filters = [
        { id: { eq: globexIds.person[0] } },
        { id: { in: globexIds.person } },
        { companyId: { in: globexIds.company } },
        {
          or: [
            { id: { eq: globexIds.person[1] } },
            { jobTitle: { is: 'NULL' } },
          ],
        },
      ];

      for (const filter of filters) {
        const outcome = await call(northwindClient, 'find_records', {
          object: 'person',
          filter,
          limit: 100,
          includeTotalCount: true,
        });

        expect(outcome.isError).toBe(false);
        expect(
          records(outcome).filter((record) =>
            allGlobexIds.has(record.id as string),
          ),
        ).toEqual([]);
      }

      const byId = await call(northwindClient, 'find_records', {
        object: 'person',
        filter: { id: { in: globexIds.person } },
        includeTotalCount: true,
      });

      expect(byId.structuredContent.totalCount).toBe(0);
    });

    it('should not search or aggregate another workspace’s records', async () => {
      for (const text of [globexOnlyCompany, globexOnlyPerson.lastName]) {
        const search = await call(northwindClient, 'search_records', {
          query: text,
          limit: 50,
        });
        const find = await call(northwindClient, 'find_records', {
          object: 'company',
          search: text,
          limit: 100,
        });

        expect(search.isError).toBe(false);
        expect(
          (search.structuredContent as SearchContent).hits.filter((hit) =>
            allGlobexIds.has(hit.id),
          ),
        ).toEqual([]);
        expect(
          records(find).filter((record) =>
            allGlobexIds.has(record.id as string),
          ),
        ).toEqual([]);
      }

      const aggregate = await call(northwindClient, 'aggregate_records', {
        object: 'person',
        filter: { id: { in: globexIds.person } },
        metrics: [{ op: 'COUNT' }],
      });
      const total = await call(northwindClient, 'aggregate_records', {
        object: 'person',
        metrics: [{ op: 'COUNT' }],
      });
      const [{ own }] = await query<{ own: number }>(
        `SELECT count(*)::int AS own FROM ${northwind}.person WHERE "deletedAt" IS NULL`,
      );
      const globexSearch = await call(globexClient, 'search_records', {
        query: globexOnlyPerson.lastName,
      });

      expect(aggregate.structuredContent).toMatchObject({
        groups: [{ values: { COUNT: 0 } }],
      });
      expect(total.structuredContent).toMatchObject({
        groups: [{ values: { COUNT: own } }],
      });
      // The same search does find the record in its own workspace.
      expect(
        (globexSearch.structuredContent as SearchContent).hits.map(
          (hit) => hit.id,
        ),
      ).toContain(globexOnlyPerson.id);
    });

    it('should not read another workspace’s records or objects as resources', async () => {
      const personId = globexIds.person[0];
      const uris = [
        `twenty://workspace/${SECOND_WORKSPACE.id}/records/person/${personId}`,
        `twenty://workspace/${DEMO_WORKSPACE.id}/records/person/${personId}`,
        `twenty://workspace/${SECOND_WORKSPACE.id}/objects/person`,
      ];

      for (const uri of uris) {
        await expectProtocolError(
          northwindClient.readResource({ uri }),
          -32602,
        );
      }

      const own = await globexClient.readResource({ uri: uris[0] });

      expect(
        JSON.parse((own.contents[0] as { text: string }).text),
      ).toMatchObject({ id: personId });
    });

    it('should not complete from another workspace’s records', async () => {
      const [template] = (await northwindClient.listResourceTemplates())
        .resourceTemplates;
      const completeId = (client: Client) =>
        client.complete({
          ref: { type: 'ref/resource', uri: template.uriTemplate },
          argument: { name: 'id', value: globexOnlyPerson.lastName },
          context: { arguments: { object: 'person' } },
        });
      const completeCompany = (client: Client) =>
        client.complete({
          ref: { type: 'ref/prompt', name: 'account_brief' },
          argument: { name: 'company', value: globexOnlyCompany },
        });

      expect(
        (await completeId(northwindClient)).completion.values.filter((id) =>
          allGlobexIds.has(id),
        ),
      ).toEqual([]);
      expect(
        (await completeCompany(northwindClient)).completion.values,
      ).not.toContain(globexOnlyCompany);
      // Both completions work in the workspace that owns the records.
      expect((await completeId(globexClient)).completion.values).toContain(
        globexOnlyPerson.id,
      );
      expect((await completeCompany(globexClient)).completion.values).toContain(
        globexOnlyCompany,
      );
    });

    it('should not change or remove another workspace’s records', async () => {
      const [personId, otherId] = globexIds.person;
      const before = await query(
        `SELECT * FROM ${globex}.person WHERE id = ANY($1) ORDER BY id`,
        [[personId, otherId]],
      );

      const update = await call(northwindClient, 'update_records', {
        object: 'person',
        records: [{ id: personId, jobTitle: 'Hijacked' }],
      });
      const remove = await call(northwindClient, 'delete_records', {
        object: 'person',
        ids: [personId],
      });
      const destroy = await call(northwindClient, 'destroy_records', {
        object: 'person',
        ids: [otherId],
      });

      expect(update.isError).toBe(true);
      expect(remove.structuredContent).toEqual({
        object: 'person',
        ids: [],
        unchangedIds: [personId],
      });
      expect(destroy.structuredContent).toEqual({
        object: 'person',
        ids: [],
        unchangedIds: [otherId],
      });
      expect(
        await query(
          `SELECT * FROM ${globex}.person WHERE id = ANY($1) ORDER BY id`,
          [[personId, otherId]],
        ),
      ).toEqual(before);
    });

    it('should keep the second workspace’s key out of the first workspace', async () => {
      const northwindPersonIds = await ids(northwind, 'person');
      const northwindOnlyCompany = 'Vexillum Northwind Only';

      await query(`UPDATE ${northwind}.company SET name = $1 WHERE id = $2`, [
        northwindOnlyCompany,
        (await ids(northwind, 'company', 1))[0],
      ]);
      const allNorthwindIds = new Set(
        (
          await query<{ id: string }>(
            `SELECT id FROM ${northwind}.person UNION ALL SELECT id FROM ${northwind}.company`,
          )
        ).map((row) => row.id),
      );
      const get = await call(globexClient, 'get_records', {
        object: 'person',
        ids: northwindPersonIds,
      });
      const search = await call(globexClient, 'search_records', {
        query: northwindOnlyCompany,
      });

      expect(records(get)).toEqual([]);
      expect(
        (search.structuredContent as SearchContent).hits.filter((hit) =>
          allNorthwindIds.has(hit.id),
        ),
      ).toEqual([]);
      await expectProtocolError(
        globexClient.readResource({
          uri: `twenty://workspace/${DEMO_WORKSPACE.id}/records/person/${northwindPersonIds[0]}`,
        }),
        -32602,
      );
    });
  });
});
