import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import { useTestDatabase } from '@twenty-mcp/twenty-db/testing';
import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';

import { PostgresRecordsAdapter } from '../../../src/backends/postgres/records/services/postgres-records.adapter';
import { PostgresMetadataAdapter } from '../../../src/backends/postgres/services/postgres-metadata.adapter';
import { type TwentyMcpConfig } from '../../../src/config/types/twenty-mcp-config.type';
import { TwentyMcpExceptionCode } from '../../../src/domain/exceptions/twenty-mcp-exception-code.enum';
import { computeEffectivePermissions } from '../../../src/domain/permissions/utils/compute-effective-permissions.util';
import { type ApiRecord } from '../../../src/domain/records/types/api-record.type';
import { type RecordsAccess } from '../../../src/domain/records/types/records-access.type';
import { RecordsService } from '../../../src/services/records/records.service';
import { buildTestConfig } from '../../utils/build-test-config.util';
import { createTestDataSource } from '../../utils/create-test-data-source';
import {
  catchQueryError,
  expectQueryError,
} from './utils/expect-query-error.util';

type Row = Record<string, unknown>;
type Target = { object: string; id: string; label: string | null };

const ADMIN_KEY = 'Integration key';
const SUPPORT_KEY = 'Support key';

// Notes and tasks linked to people, companies, opportunities and custom
// objects through noteTarget / taskTarget: RecordsService writes the links
// as junction records through the Postgres back-end's generic writer, on
// the seeded demo workspace, checked against the junction rows themselves.
describe(`${RecordsService.name}: activity targets on PostgreSQL`, () => {
  const db = useTestDatabase();
  let dataSource: DataSource;
  let config: TwentyMcpConfig;
  let records: RecordsService;
  let admin: RecordsAccess;
  let support: RecordsAccess;
  let schema: string;

  const sql = async (text: string, params: unknown[] = []) =>
    (await db.client.query<Row>(text, params)).rows;
  const liveIds = async (table: string, limit: number) =>
    (
      await sql(
        `SELECT "id" FROM ${schema}."${table}" WHERE "deletedAt" IS NULL ORDER BY "position", "id" LIMIT $1`,
        [limit],
      )
    ).map((row) => String(row.id));
  // The label identifier as Twenty shows it: a person's full name, else `name`.
  const nameOf = async (table: string, id: string) => {
    const [row] = await sql(
      table === 'person'
        ? `SELECT concat_ws(' ', "nameFirstName", "nameLastName") AS "label" FROM ${schema}."person" WHERE "id" = $1`
        : `SELECT "name" AS "label" FROM ${schema}."${table}" WHERE "id" = $1`,
      [id],
    );

    return String(row.label);
  };
  const links = (junction: 'noteTarget' | 'taskTarget', activityId: string) =>
    sql(
      `SELECT * FROM ${schema}."${junction}" WHERE "${junction === 'noteTarget' ? 'noteId' : 'taskId'}" = $1 ORDER BY "createdAt", "position"`,
      [activityId],
    );
  const countRows = async (table: string) =>
    Number(
      (await sql(`SELECT count(*) AS "n" FROM ${schema}."${table}"`))[0].n,
    );
  const targetsOf = (record: ApiRecord) => record.targets as Target[];
  const accessFor = async (
    roleLabel: string,
    actorName: string,
  ): Promise<RecordsAccess> => {
    const metadata = new PostgresMetadataAdapter(config);
    const workspace = await metadata.getWorkspaceSchema(DEMO_WORKSPACE.id);
    const [{ id }] = await sql(
      `SELECT "id" FROM core."role" WHERE "label" = $1 AND "workspaceId" = $2`,
      [roleLabel, DEMO_WORKSPACE.id],
    );
    const role = await metadata.getRolePermissions(
      DEMO_WORKSPACE.id,
      String(id),
    );

    return {
      workspace,
      permissions: computeEffectivePermissions({
        schema: workspace,
        role,
        scopes: ['read', 'write', 'delete', 'destroy'],
      }),
      actor: { name: actorName, workspaceMemberId: null },
    };
  };

  let companyIds: string[];
  let personIds: string[];
  let opportunityIds: string[];

  beforeAll(async () => {
    dataSource = await createTestDataSource(db.database.url);
    config = buildTestConfig({ dataSource });
    records = new RecordsService(new PostgresRecordsAdapter(config));
    admin = await accessFor('Admin', ADMIN_KEY);
    support = await accessFor('Support Agent', SUPPORT_KEY);
    schema = `"${admin.workspace.schemaName}"`;
    companyIds = await liveIds('company', 3);
    personIds = await liveIds('person', 2);
    opportunityIds = await liveIds('opportunity', 1);
  });

  afterAll(() => dataSource.destroy());

  describe('create', () => {
    it('should create a note with its targets in one write, stamped and ordered as given', async () => {
      const [minBefore] = await sql(
        `SELECT min("position") AS "position" FROM ${schema}."noteTarget"`,
      );
      const [note] = await records.create(admin, {
        objectName: 'note',
        records: [
          {
            title: 'Kick-off call',
            bodyV2: '## Decisions\n\n- Pilot in **March**',
            targets: [
              { object: 'company', id: companyIds[0] },
              { object: 'person', id: personIds[0].toUpperCase() },
            ],
          },
        ],
      });
      const rows = await links('noteTarget', note.id);

      expect(note).toMatchObject({
        title: 'Kick-off call',
        bodyV2: '## Decisions\n\n- Pilot in **March**',
      });
      expect(targetsOf(note)).toEqual([
        {
          object: 'company',
          id: companyIds[0],
          label: await nameOf('company', companyIds[0]),
        },
        {
          object: 'person',
          id: personIds[0],
          label: await nameOf('person', personIds[0]),
        },
      ]);
      expect(rows).toHaveLength(2);
      expect(rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            targetCompanyId: companyIds[0],
            targetPersonId: null,
            targetOpportunityId: null,
          }),
          expect.objectContaining({
            targetCompanyId: null,
            targetPersonId: personIds[0],
          }),
        ]),
      );

      for (const row of rows) {
        expect(row).toMatchObject({
          deletedAt: null,
          createdBySource: 'API',
          createdByName: ADMIN_KEY,
          createdByWorkspaceMemberId: null,
          updatedBySource: 'API',
          updatedByName: ADMIN_KEY,
        });
        // New links go on top of the junction's positions.
        expect(Number(row.position)).toBeLessThan(Number(minBefore.position));
      }
    });

    it('should link tasks and custom-object targets through taskTarget', async () => {
      const [subscription] = await sql(
        `SELECT "id" FROM ${schema}."_subscription" WHERE "deletedAt" IS NULL LIMIT 1`,
      );
      const [task] = await records.create(admin, {
        objectName: 'task',
        records: [
          {
            title: 'Send renewal quote',
            targets: [
              { object: 'opportunity', id: opportunityIds[0] },
              { object: 'subscription', id: String(subscription.id) },
            ],
          },
        ],
      });

      expect(targetsOf(task).map(({ object, id }) => ({ object, id }))).toEqual(
        [
          { object: 'opportunity', id: opportunityIds[0] },
          { object: 'subscription', id: String(subscription.id) },
        ],
      );
      expect(
        (await links('taskTarget', task.id)).map((row) => [
          row.targetOpportunityId,
          row.targetSubscriptionId,
        ]),
      ).toEqual([
        [opportunityIds[0], null],
        [null, String(subscription.id)],
      ]);
    });

    it('should leave notes created without targets unlinked and unexpanded', async () => {
      const [note] = await records.create(admin, {
        objectName: 'note',
        records: [{ title: 'No links' }],
      });

      expect(note).not.toHaveProperty('targets');
      expect(await links('noteTarget', note.id)).toEqual([]);
    });

    it('should write nothing when a target does not exist, naming its place in the call', async () => {
      const notesBefore = await countRows('note');
      const linksBefore = await countRows('noteTarget');
      const error = await catchQueryError(() =>
        records.create(admin, {
          objectName: 'note',
          records: [
            {
              title: 'Fine',
              targets: [{ object: 'company', id: companyIds[0] }],
            },
            {
              title: 'Broken',
              targets: [
                { object: 'person', id: personIds[0] },
                { object: 'company', id: randomUUID() },
              ],
            },
          ],
        }),
      );

      expect(error.code).toBe(TwentyMcpExceptionCode.NOT_FOUND);
      expect(error.message).toMatch(/^records\[1\]\.targets\[1\]: no company/);
      expect(await countRows('note')).toBe(notesBefore);
      expect(await countRows('noteTarget')).toBe(linksBefore);
    });

    it('should refuse a trashed target, an unknown object and a malformed entry', async () => {
      const [trashed] = await sql(
        `SELECT "id" FROM ${schema}."company" WHERE "deletedAt" IS NOT NULL LIMIT 1`,
      );

      await expectQueryError(
        () =>
          records.create(admin, {
            objectName: 'note',
            records: [
              {
                title: 'Trashed',
                targets: [{ object: 'company', id: String(trashed.id) }],
              },
            ],
          }),
        TwentyMcpExceptionCode.NOT_FOUND,
        /records\[0\]\.targets\[0\]: no company .* trash/,
      );
      await expectQueryError(
        () =>
          records.create(admin, {
            objectName: 'note',
            records: [
              { title: 'x', targets: [{ object: 'note', id: randomUUID() }] },
            ],
          }),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        /^records\[0\]: targets\[0\]\.object must be one of person, company, opportunity/,
      );
      await expectQueryError(
        () =>
          records.create(admin, {
            objectName: 'note',
            records: [
              { title: 'x', targets: [{ object: 'company', id: 'acme' }] },
            ],
          }),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        /targets\[0\]\.id "acme" is not a record id/,
      );
      // A model guessing a relation id field is pointed at `targets`.
      await expectQueryError(
        () =>
          records.create(admin, {
            objectName: 'note',
            records: [{ title: 'x', companyId: companyIds[0] }],
          }),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        /Unknown field "companyId" on note\. Fields you can write: .*\btargets$/,
      );
      await expectQueryError(
        () =>
          records.create(admin, {
            objectName: 'person',
            records: [{ targets: [] }],
          }),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        /Unknown field "targets" on person/,
      );
    });
  });

  describe('update', () => {
    it('should replace the set of links: drop the missing, keep the unchanged, add the new', async () => {
      const [note] = await records.create(admin, {
        objectName: 'note',
        records: [
          {
            title: 'Renewal',
            targets: [
              { object: 'company', id: companyIds[0] },
              { object: 'person', id: personIds[0] },
            ],
          },
        ],
      });
      const [personLinkBefore] = (await links('noteTarget', note.id)).filter(
        (row) => row.targetPersonId === personIds[0],
      );
      const [updated] = await records.update(admin, {
        objectName: 'note',
        records: [
          {
            id: note.id,
            targets: [
              { object: 'person', id: personIds[0] },
              { object: 'company', id: companyIds[1] },
            ],
          },
        ],
      });
      const rows = await links('noteTarget', note.id);
      const live = rows.filter((row) => row.deletedAt === null);
      const removed = rows.filter((row) => row.deletedAt !== null);

      expect(
        targetsOf(updated)
          .map(({ object, id }) => `${object}:${id}`)
          .sort(),
      ).toEqual([`company:${companyIds[1]}`, `person:${personIds[0]}`].sort());
      expect(live.map((row) => row.id)).toContain(personLinkBefore.id);
      expect(
        live.map((row) => row.targetCompanyId ?? row.targetPersonId),
      ).toEqual(expect.arrayContaining([personIds[0], companyIds[1]]));
      expect(live).toHaveLength(2);
      expect(removed).toEqual([
        expect.objectContaining({
          targetCompanyId: companyIds[0],
          updatedByName: ADMIN_KEY,
        }),
      ]);
      // Changing only the links leaves the note itself untouched.
      expect(updated.updatedAt).toBe(note.updatedAt);
      expect(updated.title).toBe('Renewal');
    });

    it('should update fields and links together, and unlink everything with []', async () => {
      const [note] = await records.create(admin, {
        objectName: 'note',
        records: [
          {
            title: 'Draft',
            targets: [{ object: 'company', id: companyIds[2] }],
          },
        ],
      });
      const [renamed] = await records.update(admin, {
        objectName: 'note',
        records: [{ id: note.id, title: 'Final', targets: [] }],
      });

      expect(renamed).toMatchObject({ title: 'Final', targets: [] });
      expect(
        (await links('noteTarget', note.id)).every(
          (row) => row.deletedAt !== null,
        ),
      ).toBe(true);

      const [relinked] = await records.update(admin, {
        objectName: 'note',
        records: [
          { id: note.id, targets: [{ object: 'company', id: companyIds[2] }] },
        ],
      });

      expect(targetsOf(relinked)).toEqual([
        expect.objectContaining({ object: 'company', id: companyIds[2] }),
      ]);
    });

    it('should refuse a links-only update of a missing note', async () => {
      await expectQueryError(
        () =>
          records.update(admin, {
            objectName: 'note',
            records: [{ id: randomUUID(), targets: [] }],
          }),
        TwentyMcpExceptionCode.NOT_FOUND,
        /No note with id/,
      );
    });
  });

  describe('read', () => {
    let noteId: string;

    beforeAll(async () => {
      [{ id: noteId }] = await records.create(admin, {
        objectName: 'note',
        records: [
          {
            title: 'Read me',
            targets: [
              { object: 'opportunity', id: opportunityIds[0] },
              { object: 'company', id: companyIds[1] },
            ],
          },
        ],
      });
    });

    it('should expand the live targets with labels on get and find', async () => {
      const [read] = await records.getByIds(admin, {
        objectName: 'note',
        ids: [noteId],
        fields: ['title'],
        expand: ['targets'],
      });
      const page = await records.find(admin, {
        objectName: 'note',
        filter: { id: { eq: noteId } },
        expand: ['targets'],
      });

      expect(read).toEqual({
        id: noteId,
        title: 'Read me',
        targets: [
          {
            object: 'opportunity',
            id: opportunityIds[0],
            label: await nameOf('opportunity', opportunityIds[0]),
          },
          {
            object: 'company',
            id: companyIds[1],
            label: await nameOf('company', companyIds[1]),
          },
        ],
      });
      expect(page.records[0].targets).toEqual(read.targets);
    });

    it('should expand every note of a page, hiding unlinked and trashed targets', async () => {
      const seeded = await sql(
        `SELECT "noteId", count(*) AS "n" FROM ${schema}."noteTarget" t
           WHERE t."deletedAt" IS NULL
             AND COALESCE(
               (SELECT "deletedAt" FROM ${schema}."person" WHERE "id" = t."targetPersonId"),
               (SELECT "deletedAt" FROM ${schema}."company" WHERE "id" = t."targetCompanyId"),
               (SELECT "deletedAt" FROM ${schema}."opportunity" WHERE "id" = t."targetOpportunityId")
             ) IS NULL
           GROUP BY "noteId"`,
      );
      const expected = new Map(
        seeded.map((row) => [String(row.noteId), Number(row.n)]),
      );
      const page = await records.find(admin, {
        objectName: 'note',
        limit: 100,
        expand: ['targets'],
      });

      expect(page.records.length).toBeGreaterThan(50);

      for (const note of page.records) {
        expect(targetsOf(note)).toHaveLength(expected.get(note.id) ?? 0);
      }

      // The seed links some notes to records now in the trash.
      const [trashedLink] = await sql(
        `SELECT t."noteId", COALESCE(t."targetPersonId", t."targetCompanyId", t."targetOpportunityId") AS "targetId"
           FROM ${schema}."noteTarget" t
           LEFT JOIN ${schema}."person" p ON p."id" = t."targetPersonId"
           LEFT JOIN ${schema}."company" c ON c."id" = t."targetCompanyId"
           LEFT JOIN ${schema}."opportunity" o ON o."id" = t."targetOpportunityId"
          WHERE t."deletedAt" IS NULL AND COALESCE(p."deletedAt", c."deletedAt", o."deletedAt") IS NOT NULL
          LIMIT 1`,
      );
      const [linkedToTrash] = await records.getByIds(admin, {
        objectName: 'note',
        ids: [String(trashedLink.noteId)],
        expand: ['targets'],
      });

      expect(targetsOf(linkedToTrash).map(({ id }) => id)).not.toContain(
        trashedLink.targetId,
      );
      expect(targetsOf(linkedToTrash)).toHaveLength(
        expected.get(linkedToTrash.id) ?? 0,
      );
    });

    it('should find notes by target with eq, in and not, counting only live links', async () => {
      const about = async (filter: unknown) =>
        (
          await records.find(admin, { objectName: 'note', filter, limit: 100 })
        ).records
          .map((record) => record.id)
          .sort();
      const linkedTo = async (column: string, ids: string[]) =>
        (
          await sql(
            `SELECT DISTINCT n."id" FROM ${schema}."note" n JOIN ${schema}."noteTarget" t ON t."noteId" = n."id"
              WHERE n."deletedAt" IS NULL AND t."deletedAt" IS NULL AND t."${column}" = ANY($1::uuid[])`,
            [ids],
          )
        )
          .map((row) => String(row.id))
          .sort();

      const byCompany = await about({
        targets: { companyId: { eq: companyIds[1] } },
      });

      expect(byCompany).toContain(noteId);
      expect(byCompany).toEqual(
        await linkedTo('targetCompanyId', [companyIds[1]]),
      );
      expect(await about({ targets: { personId: { in: personIds } } })).toEqual(
        await linkedTo('targetPersonId', personIds),
      );
      expect(
        await about({
          and: [
            { targets: { companyId: { eq: companyIds[1] } } },
            { not: { targets: { opportunityId: { eq: opportunityIds[0] } } } },
          ],
        }),
      ).not.toContain(noteId);
      // The unlinked company of the update test no longer finds that note.
      expect(
        await about({ targets: { companyId: { eq: companyIds[0] } } }),
      ).toEqual(await linkedTo('targetCompanyId', [companyIds[0]]));
    });

    it('should count notes by target in aggregates', async () => {
      const { groups } = await records.aggregate(admin, {
        objectName: 'note',
        filter: { targets: { companyId: { eq: companyIds[1] } } },
        metrics: [{ op: 'COUNT' }],
      });
      const [expected] = await sql(
        `SELECT count(DISTINCT n."id") AS "n" FROM ${schema}."note" n JOIN ${schema}."noteTarget" t ON t."noteId" = n."id"
          WHERE n."deletedAt" IS NULL AND t."deletedAt" IS NULL AND t."targetCompanyId" = $1`,
        [companyIds[1]],
      );

      expect(Object.values(groups[0].values)).toEqual([Number(expected.n)]);
    });

    it('should take `targets` in fields only together with expand', async () => {
      const [read] = await records.getByIds(admin, {
        objectName: 'note',
        ids: [noteId],
        fields: ['targets'],
        expand: ['targets'],
      });

      expect(Object.keys(read).sort()).toEqual(['id', 'targets']);
      await expectQueryError(
        () =>
          records.getByIds(admin, {
            objectName: 'note',
            ids: [noteId],
            fields: ['targets'],
          }),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        /"targets" .* comes only through "expand"/,
      );
      await expectQueryError(
        () =>
          records.getByIds(admin, {
            objectName: 'company',
            ids: [companyIds[0]],
            expand: ['targets'],
          }),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        /Cannot expand "targets" on company/,
      );
    });

    it('should refuse unknown target keys and operators', async () => {
      await expectQueryError(
        () =>
          records.find(admin, {
            objectName: 'note',
            filter: { targets: { noteId: { eq: noteId } } },
          }),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        /Unknown key "noteId" in filter "targets"\. Keys: personId, companyId, opportunityId/,
      );
      await expectQueryError(
        () =>
          records.find(admin, {
            objectName: 'note',
            filter: { targets: { companyId: { neq: noteId } } },
          }),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        /Operator "neq" is not available on "targets\.companyId"/,
      );
      await expectQueryError(
        () =>
          records.find(admin, {
            objectName: 'company',
            filter: { targets: { personId: { eq: noteId } } },
          }),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
      );
    });
  });

  describe('a role that cannot read opportunities (Support Agent)', () => {
    let noteId: string;

    beforeAll(async () => {
      [{ id: noteId }] = await records.create(admin, {
        objectName: 'note',
        records: [
          {
            title: 'Mixed',
            targets: [
              { object: 'opportunity', id: opportunityIds[0] },
              { object: 'company', id: companyIds[0] },
            ],
          },
        ],
      });
    });

    it('should neither show nor let it filter by opportunity targets', async () => {
      const [read] = await records.getByIds(support, {
        objectName: 'note',
        ids: [noteId],
        expand: ['targets'],
      });

      expect(targetsOf(read)).toEqual([
        expect.objectContaining({ object: 'company', id: companyIds[0] }),
      ]);
      await expectQueryError(
        () =>
          records.find(support, {
            objectName: 'note',
            filter: { targets: { opportunityId: { eq: opportunityIds[0] } } },
          }),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        /Keys: personId, companyId, subscriptionId, supportTicketId$/,
      );
    });

    it('should not let it link an opportunity', async () => {
      const linksBefore = await countRows('noteTarget');

      await expectQueryError(
        () =>
          records.create(support, {
            objectName: 'note',
            records: [
              {
                title: 'Sneaky',
                targets: [{ object: 'opportunity', id: opportunityIds[0] }],
              },
            ],
          }),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        /targets\[0\]\.object must be one of person, company, subscription, supportTicket$/,
      );
      expect(await countRows('noteTarget')).toBe(linksBefore);
    });

    it('should keep the links it cannot see when it replaces the ones it can', async () => {
      const [updated] = await records.update(support, {
        objectName: 'note',
        records: [
          { id: noteId, targets: [{ object: 'person', id: personIds[1] }] },
        ],
      });
      const live = (await links('noteTarget', noteId)).filter(
        (row) => row.deletedAt === null,
      );

      expect(targetsOf(updated)).toEqual([
        expect.objectContaining({ object: 'person', id: personIds[1] }),
      ]);
      expect(
        live.map((row) => row.targetOpportunityId ?? row.targetPersonId).sort(),
      ).toEqual([opportunityIds[0], personIds[1]].sort());
      expect(live.find((row) => row.targetPersonId)).toMatchObject({
        createdByName: SUPPORT_KEY,
      });
    });
  });
});
