import { DEMO_WORKSPACE } from '../src/seed/demo/constants/demo-workspaces.const';
import { useTestDatabase } from '../src/testing';

// Every expectation here is a literal fact about Twenty's layout, checked
// against the catalog of a seeded database; none is read back from the
// constants that produced the layout.
describe('Twenty v2 layout (catalog)', () => {
  const db = useTestDatabase();
  let schema: string;

  const query = async <T extends object>(sql: string, params: unknown[] = []) =>
    (await db.client.query<T>(sql, params)).rows;

  const columnsOf = (table: string) =>
    query<{
      column_name: string;
      type: string;
      nullable: boolean;
      default: string | null;
    }>(
      `SELECT a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type,
              NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default
         FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped`,
      [schema, table],
    );

  const enumValues = (typeName: string) =>
    query<{ enumlabel: string }>(
      `SELECT e.enumlabel FROM pg_enum e
         JOIN pg_type t ON t.oid = e.enumtypid
         JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = $1 AND t.typname = $2
        ORDER BY e.enumsortorder`,
      [schema, typeName],
    ).then((rows) => rows.map((row) => row.enumlabel));

  const foreignKey = (table: string, column: string) =>
    query<{ conname: string; target: string; on_delete: string }>(
      `SELECT con.conname, ref.relname AS target, con.confdeltype AS on_delete
         FROM pg_constraint con
         JOIN pg_class c ON c.oid = con.conrelid
         JOIN pg_class ref ON ref.oid = con.confrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (con.conkey)
        WHERE con.contype = 'f' AND n.nspname = $1 AND c.relname = $2 AND a.attname = $3`,
      [schema, table, column],
    ).then((rows) => rows[0]);

  beforeAll(async () => {
    const [workspace] = await query<{ databaseSchema: string }>(
      `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
      [DEMO_WORKSPACE.id],
    );

    schema = workspace.databaseSchema;
  });

  describe('core schema', () => {
    it('should have every core table twenty-mcp reads', async () => {
      const tables = await query<{ tablename: string }>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'core'`,
      );

      expect(tables.map((table) => table.tablename)).toEqual(
        expect.arrayContaining([
          'workspace',
          'application',
          'user',
          'userWorkspace',
          'apiKey',
          'role',
          'roleTarget',
          'objectPermission',
          'fieldPermission',
          'permissionFlag',
          'rolePermissionFlag',
          'featureFlag',
          'keyValuePair',
          'objectMetadata',
          'fieldMetadata',
          'indexMetadata',
          'indexFieldMetadata',
          'dataSource',
        ]),
      );
    });

    it("should carry Twenty's named constraints", async () => {
      const constraints = await query<{ conname: string }>(
        `SELECT con.conname FROM pg_constraint con
           JOIN pg_namespace n ON n.oid = con.connamespace WHERE n.nspname = 'core'`,
      );

      expect(constraints.map((row) => row.conname)).toEqual(
        expect.arrayContaining([
          'CHK_role_target_single_entity',
          'CHK_FIELD_METADATA_MORPH_RELATION_REQUIRES_MORPH_ID',
          'onboarded_workspace_requires_default_role',
          'IDX_ROLE_TARGET_UNIQUE_API_KEY',
          'IDX_FIELD_METADATA_NAME_OBJECT_METADATA_ID_WORKSPACE_ID_UNIQUE',
          'IDX_OBJECT_METADATA_NAME_SINGULAR_WORKSPACE_ID_UNIQUE',
        ]),
      );
    });

    it('should store no token for API keys', async () => {
      const columns = await query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = 'core' AND table_name = 'apiKey' ORDER BY column_name`,
      );

      expect(columns.map((column) => column.column_name)).toEqual([
        'createdAt',
        'expiresAt',
        'id',
        'name',
        'revokedAt',
        'updatedAt',
        'workspaceId',
      ]);
    });

    it('should provide the public helpers generated columns rely on', async () => {
      const extensions = await query<{ extname: string }>(
        `SELECT extname FROM pg_extension`,
      );
      const [unaccent] = await query<{ provolatile: string; result: string }>(
        `SELECT p.provolatile, public.unaccent_immutable('Crème Brûlée') AS result
           FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'public' AND p.proname = 'unaccent_immutable'`,
      );

      expect(extensions.map((row) => row.extname)).toEqual(
        expect.arrayContaining(['uuid-ossp', 'unaccent']),
      );
      expect(unaccent).toEqual({ provolatile: 'i', result: 'Creme Brulee' });
    });
  });

  describe('workspace schema', () => {
    it('should be named workspace_ + the workspace id in base 36', async () => {
      const expected = `workspace_${BigInt(`0x${DEMO_WORKSPACE.id.replace(/-/g, '')}`).toString(36)}`;
      const namespaces = await query<{ nspname: string }>(
        `SELECT nspname FROM pg_namespace WHERE nspname = $1`,
        [expected],
      );

      expect(schema).toBe(expected);
      expect(namespaces).toHaveLength(1);
    });

    it('should prefix custom object tables with an underscore', async () => {
      const tables = await query<{ tablename: string }>(
        `SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename`,
        [schema],
      );

      expect(tables.map((table) => table.tablename)).toEqual([
        '_subscription',
        '_supportTicket',
        'attachment',
        'company',
        'favorite',
        'note',
        'noteTarget',
        'opportunity',
        'person',
        'task',
        'taskTarget',
        'timelineActivity',
        'workspaceMember',
      ]);
    });

    it('should flatten composite fields into <field><SubField> columns', async () => {
      const columns = await columnsOf('person');
      const byName = Object.fromEntries(
        columns.map((column) => [column.column_name, column.type]),
      );

      expect(byName).toMatchObject({
        nameFirstName: 'text',
        nameLastName: 'text',
        emailsPrimaryEmail: 'text',
        emailsAdditionalEmails: 'jsonb',
        phonesPrimaryPhoneNumber: 'text',
        phonesPrimaryPhoneCountryCode: 'text',
        phonesPrimaryPhoneCallingCode: 'text',
        phonesAdditionalPhones: 'jsonb',
        linkedinLinkPrimaryLinkUrl: 'text',
        linkedinLinkSecondaryLinks: 'jsonb',
        createdByWorkspaceMemberId: 'uuid',
        createdByName: 'text',
        createdByContext: 'jsonb',
        companyId: 'uuid',
      });
      expect(Object.keys(byName)).not.toContain('name');
      expect(Object.keys(byName)).not.toContain('company');
    });

    it('should store currency amounts in micros and addresses with numeric coordinates', async () => {
      const company = Object.fromEntries(
        (await columnsOf('company')).map((column) => [
          column.column_name,
          column.type,
        ]),
      );

      expect(company).toMatchObject({
        annualRevenueAmountMicros: 'numeric',
        annualRevenueCurrencyCode: 'text',
        addressAddressStreet1: 'text',
        addressAddressLat: 'numeric',
        addressAddressLng: 'numeric',
        employees: 'double precision',
        idealCustomerProfile: 'boolean',
      });
    });

    it('should give every record table the standard columns and soft delete', async () => {
      const rows = await query<{ relname: string; columns: string[] }>(
        `SELECT c.relname, array_agg(a.attname || ':' || format_type(a.atttypid, a.atttypmod)
                                     || ':' || CASE WHEN a.attnotnull THEN 'not null' ELSE 'null' END
                                     ORDER BY a.attname) AS columns
           FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
           JOIN pg_attribute a ON a.attrelid = c.oid
          WHERE n.nspname = $1 AND c.relkind = 'r'
            AND a.attname IN ('id', 'createdAt', 'updatedAt', 'deletedAt', 'position', 'searchVector')
          GROUP BY c.relname`,
        [schema],
      );

      expect(rows).toHaveLength(13);

      for (const row of rows) {
        expect(row.columns).toEqual([
          'createdAt:timestamp with time zone:not null',
          'deletedAt:timestamp with time zone:null',
          'id:uuid:not null',
          'position:double precision:not null',
          'searchVector:tsvector:null',
          'updatedAt:timestamp with time zone:not null',
        ]);
      }
    });

    it('should make SELECT, MULTI_SELECT and RATING Postgres enums named <table>_<column>_enum', async () => {
      expect(await enumValues('opportunity_stage_enum')).toEqual([
        'NEW',
        'SCREENING',
        'MEETING',
        'PROPOSAL',
        'CUSTOMER',
      ]);
      expect(await enumValues('_subscription_healthScore_enum')).toEqual([
        'RATING_1',
        'RATING_2',
        'RATING_3',
        'RATING_4',
        'RATING_5',
      ]);
      expect(await enumValues('person_createdBySource_enum')).toEqual([
        'EMAIL',
        'CALENDAR',
        'WORKFLOW',
        'AGENT',
        'API',
        'IMPORT',
        'MANUAL',
        'SYSTEM',
        'WEBHOOK',
        'APPLICATION',
      ]);

      const subscription = Object.fromEntries(
        (await columnsOf('_subscription')).map((column) => [
          column.column_name,
          column.type,
        ]),
      );

      expect(subscription.addOns).toBe(
        `${schema}."_subscription_addOns_enum"[]`,
      );
      expect(subscription.plan).toBe(`${schema}._subscription_plan_enum`);
      expect(subscription.tags).toBe('text[]');
    });

    it('should cast enum defaults to their type', async () => {
      const stage = (await columnsOf('opportunity')).find(
        (column) => column.column_name === 'stage',
      );

      expect(stage).toEqual({
        column_name: 'stage',
        type: `${schema}.opportunity_stage_enum`,
        nullable: false,
        default: `'NEW'::${schema}.opportunity_stage_enum`,
      });
    });

    it('should generate searchVector from the searchable fields, with a GIN index', async () => {
      const [column] = await query<{
        attgenerated: string;
        expression: string;
      }>(
        `SELECT a.attgenerated, pg_get_expr(d.adbin, d.adrelid) AS expression
           FROM pg_attribute a
           JOIN pg_class c ON c.oid = a.attrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
           JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
          WHERE n.nspname = $1 AND c.relname = 'person' AND a.attname = 'searchVector'`,
        [schema],
      );
      const [index] = await query<{ indexname: string; indexdef: string }>(
        `SELECT indexname, indexdef FROM pg_indexes
          WHERE schemaname = $1 AND tablename = 'person' AND indexdef LIKE '%USING gin%'`,
        [schema],
      );

      expect(column.attgenerated).toBe('s');
      expect(column.expression).toMatch(/^to_tsvector\('simple'::regconfig/);
      expect(column.expression).toContain(
        'unaccent_immutable("nameFirstName")',
      );
      expect(column.expression).toContain(
        'split_part("emailsPrimaryEmail", \'@\'::text, 2)',
      );
      expect(column.expression).toContain('"jobTitle"');
      expect(index.indexdef).toContain('("searchVector")');
      expect(index.indexname).toBe('IDX_bbd7aec1976fc684a0a5e4816c9');
    });

    it('should find records through searchVector, accents and email domains included', async () => {
      const [{ count }] = await query<{ count: string }>(
        `SELECT count(*) FROM "${schema}"."person"
          WHERE "searchVector" @@ plainto_tsquery('simple', public.unaccent_immutable($1))`,
        ['gmail.com'],
      );

      expect(Number(count)).toBeGreaterThan(0);
    });

    it("should name the unique email index as Twenty's databases do", async () => {
      const [index] = await query<{ indexdef: string }>(
        `SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'IDX_UNIQUE_87914cd3ce963115f8cb943e2ac'`,
        [schema],
      );

      expect(index.indexdef).toContain('CREATE UNIQUE INDEX');
      expect(index.indexdef).toContain('("emailsPrimaryEmail")');
    });

    it('should give MANY_TO_ONE join columns foreign keys with the relation onDelete', async () => {
      expect(await foreignKey('person', 'companyId')).toEqual({
        conname: 'FK_ee066ddacfce46c9a7cb90edd1a',
        target: 'company',
        on_delete: 'n',
      });
      expect(await foreignKey('noteTarget', 'noteId')).toMatchObject({
        target: 'note',
        on_delete: 'c',
      });
      expect(
        await foreignKey('_supportTicket', 'subscriptionId'),
      ).toMatchObject({
        target: '_subscription',
        on_delete: 'n',
      });
      expect(await foreignKey('company', 'accountOwnerId')).toMatchObject({
        target: 'workspaceMember',
        on_delete: 'n',
      });
    });

    it('should lay out morph relations as one join column per target', async () => {
      expect(await foreignKey('noteTarget', 'targetPersonId')).toMatchObject({
        target: 'person',
        on_delete: 'c',
      });
      expect(
        await foreignKey('noteTarget', 'targetSubscriptionId'),
      ).toMatchObject({ target: '_subscription' });
      expect(
        await foreignKey('timelineActivity', 'targetOpportunityId'),
      ).toMatchObject({
        target: 'opportunity',
        on_delete: 'n',
      });
      expect(
        await foreignKey('_supportTicket', 'aboutCompanyId'),
      ).toMatchObject({ target: 'company' });
      expect(
        await foreignKey('_supportTicket', 'aboutOpportunityId'),
      ).toMatchObject({ target: 'opportunity' });
    });
  });

  describe('metadata', () => {
    it('should use every field type in the demo workspace', async () => {
      const types = await query<{ type: string }>(
        `SELECT DISTINCT type FROM core."fieldMetadata" WHERE "workspaceId" = $1 ORDER BY type`,
        [DEMO_WORKSPACE.id],
      );

      expect(types.map((row) => row.type)).toEqual([
        'ACTOR',
        'ADDRESS',
        'ARRAY',
        'BOOLEAN',
        'CURRENCY',
        'DATE',
        'DATE_TIME',
        'EMAILS',
        'FILES',
        'FULL_NAME',
        'LINKS',
        'MORPH_RELATION',
        'MULTI_SELECT',
        'NUMBER',
        'NUMERIC',
        'PHONES',
        'POSITION',
        'RATING',
        'RAW_JSON',
        'RELATION',
        'RICH_TEXT',
        'SELECT',
        'TEXT',
        'TS_VECTOR',
        'UUID',
      ]);
    });

    it('should store the number format of NUMBER fields in settings', async () => {
      const rows = await query<{
        name: string;
        settings: Record<string, unknown>;
      }>(
        `SELECT f.name, f.settings FROM core."fieldMetadata" f
           JOIN core."objectMetadata" o ON o.id = f."objectMetadataId"
          WHERE f."workspaceId" = $1 AND o."nameSingular" = 'subscription'
            AND f.name IN ('seats', 'discountRate') ORDER BY f.name`,
        [DEMO_WORKSPACE.id],
      );

      expect(rows).toEqual([
        {
          name: 'discountRate',
          settings: { dataType: 'float', decimals: 2, type: 'percentage' },
        },
        { name: 'seats', settings: { dataType: 'int', decimals: 0 } },
      ]);
    });

    it('should link both sides of a relation to each other', async () => {
      const rows = await query<{
        side: string;
        relationType: string;
        pointsBack: boolean;
      }>(
        `SELECT o."nameSingular" || '.' || f.name AS side,
                f.settings->>'relationType' AS "relationType",
                t."relationTargetFieldMetadataId" = f.id AS "pointsBack"
           FROM core."fieldMetadata" f
           JOIN core."objectMetadata" o ON o.id = f."objectMetadataId"
           JOIN core."fieldMetadata" t ON t.id = f."relationTargetFieldMetadataId"
          WHERE f."workspaceId" = $1
            AND ((o."nameSingular" = 'person' AND f.name = 'company')
              OR (o."nameSingular" = 'company' AND f.name = 'people'))
          ORDER BY side`,
        [DEMO_WORKSPACE.id],
      );

      expect(rows).toEqual([
        {
          side: 'company.people',
          relationType: 'ONE_TO_MANY',
          pointsBack: true,
        },
        {
          side: 'person.company',
          relationType: 'MANY_TO_ONE',
          pointsBack: true,
        },
      ]);
    });

    it('should store a morph relation as one row per target sharing a morphId', async () => {
      const rows = await query<{
        name: string;
        morphId: string;
        target: string;
        joinColumnName: string;
      }>(
        `SELECT f.name, f."morphId", t."nameSingular" AS target, f.settings->>'joinColumnName' AS "joinColumnName"
           FROM core."fieldMetadata" f
           JOIN core."objectMetadata" o ON o.id = f."objectMetadataId"
           JOIN core."objectMetadata" t ON t.id = f."relationTargetObjectMetadataId"
          WHERE f."workspaceId" = $1 AND o."nameSingular" = 'noteTarget' AND f.type = 'MORPH_RELATION'
          ORDER BY f.name`,
        [DEMO_WORKSPACE.id],
      );

      expect(
        rows.map((row) => [row.name, row.target, row.joinColumnName]),
      ).toEqual([
        ['targetCompany', 'company', 'targetCompanyId'],
        ['targetOpportunity', 'opportunity', 'targetOpportunityId'],
        ['targetPerson', 'person', 'targetPersonId'],
        ['targetSubscription', 'subscription', 'targetSubscriptionId'],
        ['targetSupportTicket', 'supportTicket', 'targetSupportTicketId'],
      ]);
      expect(new Set(rows.map((row) => row.morphId))).toEqual(
        new Set(['20202020-f635-435d-ab8d-e1168b375c70']),
      );
    });

    it('should mark objects custom by their owning application, not a flag', async () => {
      const rows = await query<{ nameSingular: string; application: string }>(
        `SELECT o."nameSingular", a."universalIdentifier" AS application
           FROM core."objectMetadata" o JOIN core."application" a ON a.id = o."applicationId"
          WHERE o."workspaceId" = $1 AND o."nameSingular" IN ('person', 'subscription')
          ORDER BY 1`,
        [DEMO_WORKSPACE.id],
      );

      expect(rows[0]).toEqual({
        nameSingular: 'person',
        application: '20202020-64aa-4b6f-b003-9c74b97cee20',
      });
      expect(rows[1].application).not.toBe(
        '20202020-64aa-4b6f-b003-9c74b97cee20',
      );
    });
  });
});
